import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'paymentMethodDialog'> = {
  'paymentMethodDialog.add': 'Tilføj en ny betalingsmetode',
  'paymentMethodDialog.addHint': 'Du indtaster oplysningerne på vores betalingsudbyders sikre side og vender derefter tilbage hertil.',
  'paymentMethodDialog.flag.default': 'Standard',
  'paymentMethodDialog.flag.current': 'Nuværende',
  'paymentMethodDialog.usedBy': (names) => `Betaler for ${names}`,
  'paymentMethodDialog.close': 'Luk',
  'paymentMethodDialog.cancel': 'Annuller',
  'paymentMethodDialog.done': 'Færdig',
  'paymentMethodDialog.dialog.title': 'Dine betalingsmetoder',
  'paymentMethodDialog.dialog.subscriptionTitle': (name) => `Betalingsmetode for ${name}`,
  'paymentMethodDialog.dialog.reactivateTitle': (name) => `Genaktiver ${name}`,
  'paymentMethodDialog.dialog.onHoldIntro': (name) =>
    `Dit ${name}-abonnement er sat i bero, fordi en betaling mislykkedes. Vælg en betalingsmetode: det skyldige beløb trækkes på den, og abonnementet starter igen.`,
  'paymentMethodDialog.dialog.pastDueIntro': (name) =>
    `En betaling for dit ${name}-abonnement mislykkedes. Vælg en betalingsmetode: det skyldige beløb trækkes på den.`,
  'paymentMethodDialog.dialog.outstanding': 'Skyldigt beløb nu',
  'paymentMethodDialog.dialog.saved': 'Gemte betalingsmetoder',
  'paymentMethodDialog.makeDefault': 'Gør til standard',
  'paymentMethodDialog.saving': 'Gemmer…',
  'paymentMethodDialog.alreadyDefault': 'Dette er din standardbetalingsmetode.',
  'paymentMethodDialog.defaultDone': (name) => `${name} er nu din standardbetalingsmetode.`,
  'paymentMethodDialog.useFor': (name) => `Brug til ${name}`,
  'paymentMethodDialog.alreadyUsed': (name) => `${name} bruger allerede denne betalingsmetode.`,
  'paymentMethodDialog.usedNow': (subscription, method) => `${subscription} betales nu med ${method}.`,
  'paymentMethodDialog.pay': (amount) => `Betal ${amount} og genaktiver`,
  'paymentMethodDialog.paying': 'Betaler…',
  'paymentMethodDialog.reactivated.title': 'Betaling modtaget',
  'paymentMethodDialog.reactivated.body': (name, amount) => `${amount} er betalt, og dit ${name}-abonnement er aktivt igen.`,
  'paymentMethodDialog.reactivated.with': (method) => `Betalt med ${method}.`,
  'paymentMethodDialog.reactivated.renews': (date) => `Det fornyes den ${date}.`,
  'paymentMethodDialog.reactivated.announce': (name, amount) => `${amount} betalt. Dit ${name}-abonnement er aktivt igen.`,
  'paymentMethodDialog.receipt': (number) => `Kvittering: faktura ${number} (PDF)`,
  'paymentMethodDialog.declined.title': 'Betalingen gik ikke igennem.',
  'paymentMethodDialog.declined.still': (name, onHold) =>
    `Dit ${name}-abonnement er stadig ${onHold ? 'sat i bero' : 'forfaldent'}. Vælg en anden betalingsmetode, eller tilføj en ny, og prøv igen.`,
  'paymentMethodDialog.conflict': 'Abonnementet er blevet ændret i mellemtiden. Tjek oplysningerne, og prøv igen.',
  'paymentMethodDialog.conflictSettled': (name) => `${name} har intet udestående; der blev ikke trukket noget.`,
  'paymentMethodDialog.remove': (name) => `Fjern ${name}`,
  'paymentMethodDialog.remove.confirm': (name) => `Fjern ${name}?`,
  'paymentMethodDialog.remove.moves': (names) => `${names} opkræves i stedet via din standardbetalingsmetode.`,
  'paymentMethodDialog.remove.yes': 'Fjern',
  'paymentMethodDialog.remove.no': 'Behold den',
  'paymentMethodDialog.removing': 'Fjerner…',
  'paymentMethodDialog.remove.lastNeeded':
    'Dette er din eneste betalingsmetode, og dine abonnementer skal have en, så den kan ikke fjernes. Tilføj først en anden betalingsmetode.',
  'paymentMethodDialog.remove.refused': (message) => `Den blev ikke fjernet. ${message}`,
  'paymentMethodDialog.removed': (name) => `${name} er fjernet.`,
  'paymentMethodDialog.added': (name) => `${name} er tilføjet.`,
  'paymentMethodDialog.addedPayNext': (name, amount) =>
    `${name} er tilføjet. Tryk på »Betal ${amount} og genaktiver« for at betale med den.`,
};

export default strings;
