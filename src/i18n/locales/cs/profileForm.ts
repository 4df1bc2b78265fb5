import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profileForm'> = {
  'profileForm.readOnly': 'Pro změnu nás kontaktujte.',
  'profileForm.contact': 'Kontakt',
  'profileForm.phone': 'Telefon (nepovinné)',
  'profileForm.phoneHint': 'S předvolbou země, např. +420 601 123 456.',
  'profileForm.addressHint': 'Pro odstranění adresy nechte všechna pole prázdná.',
  'profileForm.shippingName': 'Příjemce',
  'profileForm.shippingPhone': 'Telefon příjemce (nepovinné)',
  'profileForm.line1': 'Adresa',
  'profileForm.line2': 'Byt, kancelář, patro (nepovinné)',
  'profileForm.city': 'Město',
  'profileForm.state': 'Stát, provincie nebo kraj (nepovinné)',
  'profileForm.postalCode': 'PSČ',
  'profileForm.country': 'Země',
  'profileForm.chooseCountry': 'Vyberte zemi',
  'profileForm.taxIds.hint': 'Zobrazují se na fakturách.',
  'profileForm.taxIds.none': 'Žádná daňová identifikační čísla.',
  'profileForm.taxId': (n) => `DIČ ${n}`,
  'profileForm.taxType': 'Typ',
  'profileForm.taxValue': 'Číslo',
  'profileForm.taxExample': (x) => `Např. ${x}.`,
  'profileForm.taxAdd': 'Přidat DIČ',
  'profileForm.taxRemove': 'Odebrat',
  'profileForm.taxRemoved': (n) => `DIČ ${n} odebráno. Změnu zachováte uložením.`,
  'profileForm.save': 'Uložit',
  'profileForm.saving': 'Ukládání…',
  'profileForm.cancel': 'Zrušit',
  'profileForm.unchanged': 'Nic se nezměnilo, takže nebylo co uložit.',
  'profileForm.required': (l) => `Pole „${l}“ je povinné.`,
  'profileForm.invalidEmail': 'Zadejte e-mailovou adresu ve tvaru jmeno@example.com.',
  'profileForm.invalidField': (l, d) => `${l}: ${d}.`,
  'profileForm.checkFields': (c) =>
    `${plural('cs', c, { one: 'Jedno pole vyžaduje', few: '# pole vyžadují', many: '# pole vyžaduje', other: '# polí vyžaduje' })} vaši pozornost. Nic nebylo uloženo.`,
  'profileForm.notSaved': 'Změny nebyly uloženy.',
};

export default strings;
