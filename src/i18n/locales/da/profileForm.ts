import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profileForm'> = {
  'profileForm.readOnly': 'Kontakt os for at ændre dette.',
  'profileForm.contact': 'Kontakt',
  'profileForm.phone': 'Telefon (valgfrit)',
  'profileForm.phoneHint': 'Med landekode, f.eks. +45 32 12 34 56.',
  'profileForm.addressHint': 'Lad alle felter være tomme for at fjerne denne adresse.',
  'profileForm.shippingName': 'Modtager',
  'profileForm.shippingPhone': 'Modtagerens telefon (valgfrit)',
  'profileForm.line1': 'Adresse',
  'profileForm.line2': 'Lejlighed, etage osv. (valgfrit)',
  'profileForm.city': 'By',
  'profileForm.state': 'Stat, provins eller region (valgfrit)',
  'profileForm.postalCode': 'Postnummer',
  'profileForm.country': 'Land',
  'profileForm.chooseCountry': 'Vælg et land',
  'profileForm.taxIds.hint': 'Vises på dine fakturaer.',
  'profileForm.taxIds.none': 'Ingen skatte-id’er.',
  'profileForm.taxId': (n) => `Skatte-id ${n}`,
  'profileForm.taxType': 'Type',
  'profileForm.taxValue': 'Nummer',
  'profileForm.taxExample': (example) => `F.eks. ${example}.`,
  'profileForm.taxAdd': 'Tilføj skatte-id',
  'profileForm.taxRemove': 'Fjern',
  'profileForm.taxRemoved': (n) => `Skatte-id ${n} er fjernet. Gem for at beholde ændringen.`,
  'profileForm.save': 'Gem',
  'profileForm.saving': 'Gemmer…',
  'profileForm.cancel': 'Annuller',
  'profileForm.unchanged': 'Intet er ændret, så der var intet at gemme.',
  'profileForm.required': (label) => `${label} skal udfyldes.`,
  'profileForm.invalidEmail': 'Angiv en e-mailadresse som navn@example.com.',
  'profileForm.invalidField': (label, detail) => `${label}: ${detail}.`,
  'profileForm.checkFields': (count) =>
    `${plural('da', count, { one: 'Ét felt kræver', other: '# felter kræver' })} din opmærksomhed. Intet blev gemt.`,
  'profileForm.notSaved': 'Dine ændringer blev ikke gemt.',
};

export default strings;
