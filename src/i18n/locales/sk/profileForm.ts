import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profileForm'> = {
  'profileForm.readOnly': 'Ak to chcete zmeniť, kontaktujte nás.',
  'profileForm.contact': 'Kontakt',
  'profileForm.phone': 'Telefón (nepovinné)',
  'profileForm.phoneHint': 'S predvoľbou krajiny, napr. +421 902 123 456.',
  'profileForm.addressHint': 'Ak chcete túto adresu odstrániť, nechajte všetky polia prázdne.',
  'profileForm.shippingName': 'Príjemca',
  'profileForm.shippingPhone': 'Telefón príjemcu (nepovinné)',
  'profileForm.line1': 'Adresa',
  'profileForm.line2': 'Byt, kancelária, poschodie (nepovinné)',
  'profileForm.city': 'Mesto',
  'profileForm.state': 'Štát, provincia alebo kraj (nepovinné)',
  'profileForm.postalCode': 'PSČ',
  'profileForm.country': 'Krajina',
  'profileForm.chooseCountry': 'Vyberte krajinu',
  'profileForm.taxIds.hint': 'Zobrazujú sa na vašich faktúrach.',
  'profileForm.taxIds.none': 'Žiadne daňové identifikačné čísla.',
  'profileForm.taxId': (n) => `DIČ ${n}`,
  'profileForm.taxType': 'Typ',
  'profileForm.taxValue': 'Číslo',
  'profileForm.taxExample': (x) => `Napr. ${x}.`,
  'profileForm.taxAdd': 'Pridať DIČ',
  'profileForm.taxRemove': 'Odstrániť',
  'profileForm.taxRemoved': (n) => `DIČ ${n} bolo odstránené. Zmenu zachováte uložením.`,
  'profileForm.save': 'Uložiť',
  'profileForm.saving': 'Ukladá sa…',
  'profileForm.cancel': 'Zrušiť',
  'profileForm.unchanged': 'Nič sa nezmenilo, takže nebolo čo uložiť.',
  'profileForm.required': (l) => `Pole „${l}“ je povinné.`,
  'profileForm.invalidEmail': 'Zadajte e-mailovú adresu v tvare meno@example.com.',
  'profileForm.invalidField': (l, d) => `${l}: ${d}.`,
  'profileForm.checkFields': (c) =>
    `${plural('sk', c, { one: 'Jedno pole si vyžaduje', few: '# polia si vyžadujú', many: '# poľa si vyžaduje', other: '# polí si vyžaduje' })} vašu pozornosť. Nič sa neuložilo.`,
  'profileForm.notSaved': 'Vaše zmeny sa neuložili.',
};

export default strings;
