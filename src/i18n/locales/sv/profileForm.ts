import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profileForm'> = {
  'profileForm.readOnly': 'Kontakta oss för att ändra detta.',
  'profileForm.contact': 'Kontakt',
  'profileForm.phone': 'Telefon (valfritt)',
  'profileForm.phoneHint': 'Med landsnummer, till exempel +46 8 123 456 78.',
  'profileForm.addressHint': 'Lämna alla fält tomma för att ta bort adressen.',
  'profileForm.shippingName': 'Mottagare',
  'profileForm.shippingPhone': 'Mottagarens telefon (valfritt)',
  'profileForm.line1': 'Adress',
  'profileForm.line2': 'Lägenhet, våning, c/o (valfritt)',
  'profileForm.city': 'Ort',
  'profileForm.state': 'Delstat, provins eller region (valfritt)',
  'profileForm.postalCode': 'Postnummer',
  'profileForm.country': 'Land',
  'profileForm.chooseCountry': 'Välj ett land',
  'profileForm.taxIds.hint': 'Visas på dina fakturor.',
  'profileForm.taxIds.none': 'Inga skatte-ID.',
  'profileForm.taxId': (n) => `Skatte-ID ${n}`,
  'profileForm.taxType': 'Typ',
  'profileForm.taxValue': 'Nummer',
  'profileForm.taxExample': (example) => `Till exempel ${example}.`,
  'profileForm.taxAdd': 'Lägg till skatte-ID',
  'profileForm.taxRemove': 'Ta bort',
  'profileForm.taxRemoved': (n) => `Skatte-ID ${n} har tagits bort. Spara för att behålla ändringen.`,
  'profileForm.save': 'Spara',
  'profileForm.saving': 'Sparar…',
  'profileForm.cancel': 'Avbryt',
  'profileForm.unchanged': 'Inget har ändrats, så det fanns inget att spara.',
  'profileForm.required': (label) => `${label} måste fyllas i.`,
  'profileForm.invalidEmail': 'Ange en e-postadress, till exempel namn@example.com.',
  'profileForm.invalidField': (label, detail) => `${label}: ${detail}.`,
  'profileForm.checkFields': (count) =>
    `${plural('sv', count, { one: 'Ett fält behöver', other: '# fält behöver' })} din uppmärksamhet. Inget sparades.`,
  'profileForm.notSaved': 'Dina ändringar sparades inte.',
};

export default strings;
