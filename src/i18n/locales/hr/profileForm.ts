import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profileForm'> = {
  'profileForm.readOnly': 'Za promjenu nam se obratite.',
  'profileForm.contact': 'Kontakt',
  'profileForm.phone': 'Telefon (neobavezno)',
  'profileForm.phoneHint': 'S pozivnim brojem zemlje, npr. +385 91 123 4567.',
  'profileForm.addressHint': 'Ostavite sva polja prazna kako biste uklonili ovu adresu.',
  'profileForm.shippingName': 'Primatelj',
  'profileForm.shippingPhone': 'Telefon primatelja (neobavezno)',
  'profileForm.line1': 'Adresa',
  'profileForm.line2': 'Stan, ured, kat (neobavezno)',
  'profileForm.city': 'Grad',
  'profileForm.state': 'Savezna država, pokrajina ili regija (neobavezno)',
  'profileForm.postalCode': 'Poštanski broj',
  'profileForm.country': 'Država',
  'profileForm.chooseCountry': 'Odaberite državu',
  'profileForm.taxIds.hint': 'Prikazuju se na vašim računima.',
  'profileForm.taxIds.none': 'Nema poreznih brojeva.',
  'profileForm.taxId': (n) => `Porezni broj ${n}`,
  'profileForm.taxType': 'Vrsta',
  'profileForm.taxValue': 'Broj',
  'profileForm.taxExample': (x) => `Npr. ${x}.`,
  'profileForm.taxAdd': 'Dodaj porezni broj',
  'profileForm.taxRemove': 'Ukloni',
  'profileForm.taxRemoved': (n) => `Porezni broj ${n} uklonjen. Spremite kako biste zadržali promjenu.`,
  'profileForm.save': 'Spremi',
  'profileForm.saving': 'Spremanje…',
  'profileForm.cancel': 'Odustani',
  'profileForm.unchanged': 'Ništa se nije promijenilo pa nije bilo što spremiti.',
  'profileForm.required': (l) => `Polje „${l}“ je obavezno.`,
  'profileForm.invalidEmail': 'Unesite e-adresu u obliku ime@example.com.',
  'profileForm.invalidField': (l, d) => `${l}: ${d}.`,
  'profileForm.checkFields': (c) =>
    `${plural('hr', c, { one: '# polje zahtijeva', few: '# polja zahtijevaju', other: '# polja zahtijeva' })} vašu pažnju. Ništa nije spremljeno.`,
  'profileForm.notSaved': 'Vaše promjene nisu spremljene.',
};

export default strings;
