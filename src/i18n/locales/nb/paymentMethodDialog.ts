import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'paymentMethodDialog'> = {
  'paymentMethodDialog.add': 'Legg til en ny betalingsmåte',
  'paymentMethodDialog.addHint': 'Du oppgir opplysningene på den sikre siden til betalingsleverandøren vår og kommer deretter tilbake hit.',
  'paymentMethodDialog.flag.default': 'Standard',
  'paymentMethodDialog.flag.current': 'Nåværende',
  'paymentMethodDialog.usedBy': (names) => `Betaler for ${names}`,
  'paymentMethodDialog.close': 'Lukk',
  'paymentMethodDialog.cancel': 'Avbryt',
  'paymentMethodDialog.done': 'Ferdig',
  'paymentMethodDialog.dialog.title': 'Betalingsmåtene dine',
  'paymentMethodDialog.dialog.subscriptionTitle': (name) => `Betalingsmåte for ${name}`,
  'paymentMethodDialog.dialog.reactivateTitle': (name) => `Aktiver ${name} igjen`,
  'paymentMethodDialog.dialog.onHoldIntro': (name) =>
    `${name}-abonnementet ditt er satt på vent fordi en betaling mislyktes. Velg en betalingsmåte: det utestående beløpet belastes den, og abonnementet starter igjen.`,
  'paymentMethodDialog.dialog.pastDueIntro': (name) =>
    `En betaling for ${name}-abonnementet ditt mislyktes. Velg en betalingsmåte: det utestående beløpet belastes den.`,
  'paymentMethodDialog.dialog.outstanding': 'Å betale nå',
  'paymentMethodDialog.dialog.saved': 'Lagrede betalingsmåter',
  'paymentMethodDialog.makeDefault': 'Gjør til standard',
  'paymentMethodDialog.saving': 'Lagrer…',
  'paymentMethodDialog.alreadyDefault': 'Dette er standard betalingsmåte.',
  'paymentMethodDialog.defaultDone': (name) => `${name} er nå standard betalingsmåte.`,
  'paymentMethodDialog.useFor': (name) => `Bruk for ${name}`,
  'paymentMethodDialog.alreadyUsed': (name) => `${name} bruker allerede denne betalingsmåten.`,
  'paymentMethodDialog.usedNow': (subscription, method) => `${subscription} betales nå med ${method}.`,
  'paymentMethodDialog.pay': (amount) => `Betal ${amount} og aktiver igjen`,
  'paymentMethodDialog.paying': 'Betaler…',
  'paymentMethodDialog.reactivated.title': 'Betaling mottatt',
  'paymentMethodDialog.reactivated.body': (name, amount) => `${amount} er betalt, og ${name}-abonnementet ditt er aktivt igjen.`,
  'paymentMethodDialog.reactivated.with': (method) => `Betalt med ${method}.`,
  'paymentMethodDialog.reactivated.renews': (date) => `Det fornyes ${date}.`,
  'paymentMethodDialog.reactivated.announce': (name, amount) => `${amount} betalt. ${name}-abonnementet ditt er aktivt igjen.`,
  'paymentMethodDialog.receipt': (number) => `Kvittering: faktura ${number} (PDF)`,
  'paymentMethodDialog.declined.title': 'Betalingen gikk ikke gjennom.',
  'paymentMethodDialog.declined.still': (name, onHold) =>
    `${name}-abonnementet ditt er fortsatt ${onHold ? 'satt på vent' : 'forfalt'}. Velg en annen betalingsmåte, eller legg til en ny, og prøv igjen.`,
  'paymentMethodDialog.conflict': 'Abonnementet er endret i mellomtiden. Sjekk opplysningene og prøv igjen.',
  'paymentMethodDialog.conflictSettled': (name) => `${name} har ingenting utestående; ingenting ble belastet.`,
  'paymentMethodDialog.remove': (name) => `Fjern ${name}`,
  'paymentMethodDialog.remove.confirm': (name) => `Fjerne ${name}?`,
  'paymentMethodDialog.remove.moves': (names) => `${names} belastes i stedet via standard betalingsmåte.`,
  'paymentMethodDialog.remove.yes': 'Fjern',
  'paymentMethodDialog.remove.no': 'Behold',
  'paymentMethodDialog.removing': 'Fjerner…',
  'paymentMethodDialog.remove.lastNeeded':
    'Dette er din eneste betalingsmåte, og abonnementene dine trenger en, så den kan ikke fjernes. Legg til en annen betalingsmåte først.',
  'paymentMethodDialog.remove.refused': (message) => `Den ble ikke fjernet. ${message}`,
  'paymentMethodDialog.removed': (name) => `${name} er fjernet.`,
  'paymentMethodDialog.added': (name) => `${name} er lagt til.`,
  'paymentMethodDialog.addedPayNext': (name, amount) =>
    `${name} er lagt til. Trykk på «Betal ${amount} og aktiver igjen» for å betale med den.`,
};

export default strings;
