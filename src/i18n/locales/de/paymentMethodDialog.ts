import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'paymentMethodDialog'> = {
  'paymentMethodDialog.add': 'Neue Zahlungsmethode hinzufügen',
  'paymentMethodDialog.addHint': 'Sie geben die Daten auf der sicheren Seite unseres Zahlungsanbieters ein und kehren dann hierher zurück.',
  'paymentMethodDialog.flag.default': 'Standard',
  'paymentMethodDialog.flag.current': 'Aktuell',
  'paymentMethodDialog.usedBy': (names) => `Zahlt für ${names}`,
  'paymentMethodDialog.close': 'Schließen',
  'paymentMethodDialog.cancel': 'Abbrechen',
  'paymentMethodDialog.done': 'Fertig',
  'paymentMethodDialog.dialog.title': 'Ihre Zahlungsmethoden',
  'paymentMethodDialog.dialog.subscriptionTitle': (name) => `Zahlungsmethode für ${name}`,
  'paymentMethodDialog.dialog.reactivateTitle': (name) => `${name} reaktivieren`,
  'paymentMethodDialog.dialog.onHoldIntro': (name) =>
    `Ihr Abonnement ${name} ist ausgesetzt, weil eine Zahlung fehlgeschlagen ist. Wählen Sie eine Zahlungsmethode: Sie wird mit dem fälligen Betrag belastet, und das Abonnement läuft wieder.`,
  'paymentMethodDialog.dialog.pastDueIntro': (name) =>
    `Eine Zahlung für Ihr Abonnement ${name} ist fehlgeschlagen. Wählen Sie eine Zahlungsmethode: Sie wird mit dem fälligen Betrag belastet.`,
  'paymentMethodDialog.dialog.outstanding': 'Jetzt fälliger Betrag',
  'paymentMethodDialog.dialog.saved': 'Gespeicherte Zahlungsmethoden',
  'paymentMethodDialog.makeDefault': 'Als Standard festlegen',
  'paymentMethodDialog.saving': 'Wird gespeichert…',
  'paymentMethodDialog.alreadyDefault': 'Das ist Ihre Standard-Zahlungsmethode.',
  'paymentMethodDialog.defaultDone': (name) => `${name} ist jetzt Ihre Standard-Zahlungsmethode.`,
  'paymentMethodDialog.useFor': (name) => `Für ${name} verwenden`,
  'paymentMethodDialog.alreadyUsed': (name) => `${name} nutzt bereits diese Zahlungsmethode.`,
  'paymentMethodDialog.usedNow': (subscription, method) => `${subscription} wird jetzt mit ${method} bezahlt.`,
  'paymentMethodDialog.pay': (amount) => `${amount} zahlen und reaktivieren`,
  'paymentMethodDialog.paying': 'Zahlung läuft…',
  'paymentMethodDialog.reactivated.title': 'Zahlung erhalten',
  'paymentMethodDialog.reactivated.body': (name, amount) => `${amount} wurden bezahlt, Ihr Abonnement ${name} ist wieder aktiv.`,
  'paymentMethodDialog.reactivated.with': (method) => `Bezahlt mit ${method}.`,
  'paymentMethodDialog.reactivated.renews': (date) => `Es verlängert sich am ${date}.`,
  'paymentMethodDialog.reactivated.announce': (name, amount) => `${amount} bezahlt. Ihr Abonnement ${name} ist wieder aktiv.`,
  'paymentMethodDialog.receipt': (number) => `Beleg: Rechnung ${number} (PDF)`,
  'paymentMethodDialog.declined.title': 'Die Zahlung ist fehlgeschlagen.',
  'paymentMethodDialog.declined.still': (name, onHold) =>
    `Ihr Abonnement ${name} ist weiterhin ${onHold ? 'ausgesetzt' : 'überfällig'}. Wählen Sie eine andere Zahlungsmethode oder fügen Sie eine neue hinzu, und versuchen Sie es erneut.`,
  'paymentMethodDialog.conflict': 'Dieses Abonnement wurde inzwischen geändert. Prüfen Sie die Angaben und versuchen Sie es erneut.',
  'paymentMethodDialog.conflictSettled': (name) => `Für ${name} ist nichts mehr offen; es wurde nichts belastet.`,
  'paymentMethodDialog.remove': (name) => `${name} entfernen`,
  'paymentMethodDialog.remove.confirm': (name) => `${name} entfernen?`,
  'paymentMethodDialog.remove.moves': (names) => `Für ${names} wird stattdessen Ihre Standard-Zahlungsmethode belastet.`,
  'paymentMethodDialog.remove.yes': 'Entfernen',
  'paymentMethodDialog.remove.no': 'Behalten',
  'paymentMethodDialog.removing': 'Wird entfernt…',
  'paymentMethodDialog.remove.lastNeeded':
    'Dies ist Ihre einzige Zahlungsmethode, und Ihre Abonnements benötigen eine. Fügen Sie zuerst eine andere hinzu, um sie zu entfernen.',
  'paymentMethodDialog.remove.refused': (message) => `Sie wurde nicht entfernt. ${message}`,
  'paymentMethodDialog.removed': (name) => `${name} wurde entfernt.`,
  'paymentMethodDialog.added': (name) => `${name} wurde hinzugefügt.`,
  'paymentMethodDialog.addedPayNext': (name, amount) =>
    `${name} wurde hinzugefügt. Klicken Sie auf „${amount} zahlen und reaktivieren“, um damit zu bezahlen.`,
};

export default strings;
