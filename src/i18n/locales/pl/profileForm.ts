import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const taxId = 'Identyfikator podatkowy';

const strings: NamespaceStrings<'profileForm'> = {
  'profileForm.readOnly': 'Aby to zmienić, skontaktuj się z nami.',
  'profileForm.contact': 'Kontakt',
  'profileForm.phone': 'Telefon (opcjonalnie)',
  'profileForm.phoneHint': 'Z numerem kierunkowym kraju, np. +48 22 123 45 67.',
  'profileForm.addressHint': 'Zostaw wszystkie pola puste, aby usunąć ten adres.',
  'profileForm.shippingName': 'Odbiorca',
  'profileForm.shippingPhone': 'Telefon odbiorcy (opcjonalnie)',
  'profileForm.line1': 'Adres',
  'profileForm.line2': 'Nr lokalu, piętro (opcjonalnie)',
  'profileForm.city': 'Miejscowość',
  'profileForm.state': 'Województwo, stan lub region (opcjonalnie)',
  'profileForm.postalCode': 'Kod pocztowy',
  'profileForm.country': 'Kraj',
  'profileForm.chooseCountry': 'Wybierz kraj',
  'profileForm.taxIds.hint': 'Widoczne na fakturach.',
  'profileForm.taxIds.none': 'Brak identyfikatorów podatkowych.',
  'profileForm.taxId': (n) => `${taxId} ${n}`,
  'profileForm.taxType': 'Typ',
  'profileForm.taxValue': 'Numer',
  'profileForm.taxExample': (x) => `Np. ${x}.`,
  'profileForm.taxAdd': 'Dodaj identyfikator podatkowy',
  'profileForm.taxRemove': 'Usuń',
  'profileForm.taxRemoved': (n) => `Usunięto: ${taxId} ${n}. Zapisz, aby zachować zmianę.`,
  'profileForm.save': 'Zapisz',
  'profileForm.saving': 'Zapisywanie…',
  'profileForm.cancel': 'Anuluj',
  'profileForm.unchanged': 'Nic nie zmieniono, więc nie było czego zapisać.',
  'profileForm.required': (l) => `Pole „${l}” jest wymagane.`,
  'profileForm.invalidEmail': 'Wpisz adres e-mail w formacie nazwa@example.com.',
  'profileForm.invalidField': (l, d) => `${l}: ${d}.`,
  'profileForm.checkFields': (c) =>
    `${plural('pl', c, { one: 'Jedno pole wymaga', few: '# pola wymagają', many: '# pól wymaga', other: '# pola wymaga' })} poprawienia. Niczego nie zapisano.`,
  'profileForm.notSaved': 'Zmiany nie zostały zapisane.',
};

export default strings;
