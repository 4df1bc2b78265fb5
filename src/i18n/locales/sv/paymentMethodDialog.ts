import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'paymentMethodDialog'> = {
  'paymentMethodDialog.add': 'Lägg till en ny betalningsmetod',
  'paymentMethodDialog.addHint': 'Du anger uppgifterna på vår betalningsleverantörs säkra sida och kommer sedan tillbaka hit.',
  'paymentMethodDialog.flag.default': 'Standard',
  'paymentMethodDialog.flag.current': 'Nuvarande',
  'paymentMethodDialog.usedBy': (names) => `Betalar för ${names}`,
  'paymentMethodDialog.close': 'Stäng',
  'paymentMethodDialog.cancel': 'Avbryt',
  'paymentMethodDialog.done': 'Klar',
  'paymentMethodDialog.dialog.title': 'Dina betalningsmetoder',
  'paymentMethodDialog.dialog.subscriptionTitle': (name) => `Betalningsmetod för ${name}`,
  'paymentMethodDialog.dialog.reactivateTitle': (name) => `Återaktivera ${name}`,
  'paymentMethodDialog.dialog.onHoldIntro': (name) =>
    `Din ${name}-prenumeration är spärrad eftersom en betalning misslyckades. Välj en betalningsmetod: det förfallna beloppet dras från den och prenumerationen startar igen.`,
  'paymentMethodDialog.dialog.pastDueIntro': (name) =>
    `En betalning för din ${name}-prenumeration misslyckades. Välj en betalningsmetod: det förfallna beloppet dras från den.`,
  'paymentMethodDialog.dialog.outstanding': 'Att betala nu',
  'paymentMethodDialog.dialog.saved': 'Sparade betalningsmetoder',
  'paymentMethodDialog.makeDefault': 'Gör till standard',
  'paymentMethodDialog.saving': 'Sparar…',
  'paymentMethodDialog.alreadyDefault': 'Det här är din standardbetalningsmetod.',
  'paymentMethodDialog.defaultDone': (name) => `${name} är nu din standardbetalningsmetod.`,
  'paymentMethodDialog.useFor': (name) => `Använd för ${name}`,
  'paymentMethodDialog.alreadyUsed': (name) => `${name} använder redan den här betalningsmetoden.`,
  'paymentMethodDialog.usedNow': (subscription, method) => `${subscription} betalas nu med ${method}.`,
  'paymentMethodDialog.pay': (amount) => `Betala ${amount} och återaktivera`,
  'paymentMethodDialog.paying': 'Betalar…',
  'paymentMethodDialog.reactivated.title': 'Betalningen har tagits emot',
  'paymentMethodDialog.reactivated.body': (name, amount) => `${amount} har betalats och din ${name}-prenumeration är aktiv igen.`,
  'paymentMethodDialog.reactivated.with': (method) => `Betalat med ${method}.`,
  'paymentMethodDialog.reactivated.renews': (date) => `Den förnyas ${date}.`,
  'paymentMethodDialog.reactivated.announce': (name, amount) => `${amount} betalat. Din ${name}-prenumeration är aktiv igen.`,
  'paymentMethodDialog.receipt': (number) => `Kvitto: faktura ${number} (PDF)`,
  'paymentMethodDialog.declined.title': 'Betalningen gick inte igenom.',
  'paymentMethodDialog.declined.still': (name, onHold) =>
    `Din ${name}-prenumeration är fortfarande ${onHold ? 'spärrad' : 'förfallen'}. Välj en annan betalningsmetod eller lägg till en ny och försök igen.`,
  'paymentMethodDialog.conflict': 'Prenumerationen har ändrats under tiden. Kontrollera uppgifterna och försök igen.',
  'paymentMethodDialog.conflictSettled': (name) => `${name} har inget kvar att betala; inget debiterades.`,
  'paymentMethodDialog.remove': (name) => `Ta bort ${name}`,
  'paymentMethodDialog.remove.confirm': (name) => `Ta bort ${name}?`,
  'paymentMethodDialog.remove.moves': (names) => `${names} debiteras i stället via din standardbetalningsmetod.`,
  'paymentMethodDialog.remove.yes': 'Ta bort',
  'paymentMethodDialog.remove.no': 'Behåll',
  'paymentMethodDialog.removing': 'Tar bort…',
  'paymentMethodDialog.remove.lastNeeded':
    'Det här är din enda betalningsmetod och dina prenumerationer behöver en, så den kan inte tas bort. Lägg först till en annan betalningsmetod.',
  'paymentMethodDialog.remove.refused': (message) => `Den togs inte bort. ${message}`,
  'paymentMethodDialog.removed': (name) => `${name} har tagits bort.`,
  'paymentMethodDialog.added': (name) => `${name} har lagts till.`,
  'paymentMethodDialog.addedPayNext': (name, amount) =>
    `${name} har lagts till. Tryck på ”Betala ${amount} och återaktivera” för att betala med den.`,
};

export default strings;
