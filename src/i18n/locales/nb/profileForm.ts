import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profileForm'> = {
  'profileForm.readOnly': 'Kontakt oss for å endre dette.',
  'profileForm.contact': 'Kontakt',
  'profileForm.phone': 'Telefon (valgfritt)',
  'profileForm.phoneHint': 'Med landskode, for eksempel +47 22 12 34 56.',
  'profileForm.addressHint': 'La alle feltene stå tomme for å fjerne denne adressen.',
  'profileForm.shippingName': 'Mottaker',
  'profileForm.shippingPhone': 'Mottakers telefon (valgfritt)',
  'profileForm.line1': 'Adresse',
  'profileForm.line2': 'Leilighet, etasje osv. (valgfritt)',
  'profileForm.city': 'Sted',
  'profileForm.state': 'Delstat, provins eller region (valgfritt)',
  'profileForm.postalCode': 'Postnummer',
  'profileForm.country': 'Land',
  'profileForm.chooseCountry': 'Velg et land',
  'profileForm.taxIds.hint': 'Vises på fakturaene dine.',
  'profileForm.taxIds.none': 'Ingen skatte-ID-er.',
  'profileForm.taxId': (n) => `Skatte-ID ${n}`,
  'profileForm.taxType': 'Type',
  'profileForm.taxValue': 'Nummer',
  'profileForm.taxExample': (example) => `For eksempel ${example}.`,
  'profileForm.taxAdd': 'Legg til skatte-ID',
  'profileForm.taxRemove': 'Fjern',
  'profileForm.taxRemoved': (n) => `Skatte-ID ${n} er fjernet. Lagre for å beholde endringen.`,
  'profileForm.save': 'Lagre',
  'profileForm.saving': 'Lagrer…',
  'profileForm.cancel': 'Avbryt',
  'profileForm.unchanged': 'Ingenting er endret, så det var ingenting å lagre.',
  'profileForm.required': (label) => `${label} må fylles ut.`,
  'profileForm.invalidEmail': 'Skriv inn en e-postadresse som navn@example.com.',
  'profileForm.invalidField': (label, detail) => `${label}: ${detail}.`,
  'profileForm.checkFields': (count) =>
    `${plural('nb', count, { one: 'Ett felt trenger', other: '# felter trenger' })} oppmerksomheten din. Ingenting ble lagret.`,
  'profileForm.notSaved': 'Endringene dine ble ikke lagret.',
};

export default strings;
