import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'paymentMethodDialog'> = {
  'paymentMethodDialog.add': 'Nieuwe betaalmethode toevoegen',
  'paymentMethodDialog.addHint': 'Je vult de gegevens in op de beveiligde pagina van onze betaalprovider en komt daarna hier terug.',
  'paymentMethodDialog.flag.default': 'Standaard',
  'paymentMethodDialog.flag.current': 'Huidig',
  'paymentMethodDialog.usedBy': (names) => `Betaalt voor ${names}`,
  'paymentMethodDialog.close': 'Sluiten',
  'paymentMethodDialog.cancel': 'Annuleren',
  'paymentMethodDialog.done': 'Gereed',
  'paymentMethodDialog.dialog.title': 'Je betaalmethoden',
  'paymentMethodDialog.dialog.subscriptionTitle': (name) => `Betaalmethode voor ${name}`,
  'paymentMethodDialog.dialog.reactivateTitle': (name) => `${name} opnieuw activeren`,
  'paymentMethodDialog.dialog.onHoldIntro': (name) =>
    `Je ${name}-abonnement is opgeschort omdat een betaling is mislukt. Kies een betaalmethode: het openstaande bedrag wordt ervan afgeschreven en het abonnement start weer.`,
  'paymentMethodDialog.dialog.pastDueIntro': (name) =>
    `Een betaling voor je ${name}-abonnement is mislukt. Kies een betaalmethode: het openstaande bedrag wordt ervan afgeschreven.`,
  'paymentMethodDialog.dialog.outstanding': 'Nu te betalen',
  'paymentMethodDialog.dialog.saved': 'Opgeslagen betaalmethoden',
  'paymentMethodDialog.makeDefault': 'Als standaard instellen',
  'paymentMethodDialog.saving': 'Opslaan…',
  'paymentMethodDialog.alreadyDefault': 'Dit is je standaardbetaalmethode.',
  'paymentMethodDialog.defaultDone': (name) => `${name} is nu je standaardbetaalmethode.`,
  'paymentMethodDialog.useFor': (name) => `Gebruiken voor ${name}`,
  'paymentMethodDialog.alreadyUsed': (name) => `${name} gebruikt deze betaalmethode al.`,
  'paymentMethodDialog.usedNow': (subscription, method) => `${subscription} wordt nu betaald met ${method}.`,
  'paymentMethodDialog.pay': (amount) => `${amount} betalen en opnieuw activeren`,
  'paymentMethodDialog.paying': 'Betalen…',
  'paymentMethodDialog.reactivated.title': 'Betaling ontvangen',
  'paymentMethodDialog.reactivated.body': (name, amount) => `${amount} is betaald en je ${name}-abonnement is weer actief.`,
  'paymentMethodDialog.reactivated.with': (method) => `Betaald met ${method}.`,
  'paymentMethodDialog.reactivated.renews': (date) => `Het wordt verlengd op ${date}.`,
  'paymentMethodDialog.reactivated.announce': (name, amount) => `${amount} betaald. Je ${name}-abonnement is weer actief.`,
  'paymentMethodDialog.receipt': (number) => `Betalingsbewijs: factuur ${number} (PDF)`,
  'paymentMethodDialog.declined.title': 'De betaling is mislukt.',
  'paymentMethodDialog.declined.still': (name, onHold) =>
    `Je ${name}-abonnement is nog steeds ${onHold ? 'opgeschort' : 'achterstallig'}. Kies een andere betaalmethode of voeg een nieuwe toe, en probeer het opnieuw.`,
  'paymentMethodDialog.conflict': 'Dit abonnement is intussen gewijzigd. Controleer de gegevens en probeer het opnieuw.',
  'paymentMethodDialog.conflictSettled': (name) => `Voor ${name} staat niets meer open; er is niets afgeschreven.`,
  'paymentMethodDialog.remove': (name) => `${name} verwijderen`,
  'paymentMethodDialog.remove.confirm': (name) => `${name} verwijderen?`,
  'paymentMethodDialog.remove.moves': (names) => `${names} wordt voortaan betaald met je standaardbetaalmethode.`,
  'paymentMethodDialog.remove.yes': 'Verwijderen',
  'paymentMethodDialog.remove.no': 'Behouden',
  'paymentMethodDialog.removing': 'Verwijderen…',
  'paymentMethodDialog.remove.lastNeeded':
    'Dit is je enige betaalmethode en je abonnementen hebben er een nodig, dus je kunt hem niet verwijderen. Voeg eerst een andere betaalmethode toe.',
  'paymentMethodDialog.remove.refused': (message) => `Niet verwijderd. ${message}`,
  'paymentMethodDialog.removed': (name) => `${name} is verwijderd.`,
  'paymentMethodDialog.added': (name) => `${name} is toegevoegd.`,
  'paymentMethodDialog.addedPayNext': (name, amount) =>
    `${name} is toegevoegd. Klik op ‘${amount} betalen en opnieuw activeren’ om ermee te betalen.`,
};

export default strings;
