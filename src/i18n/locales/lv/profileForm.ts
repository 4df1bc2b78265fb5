import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profileForm'> = {
  'profileForm.readOnly': 'Lai to mainītu, sazinieties ar mums.',
  'profileForm.contact': 'Kontaktinformācija',
  'profileForm.phone': 'Tālrunis (neobligāti)',
  'profileForm.phoneHint': 'Ar valsts kodu, piemēram, +371 2123 4567.',
  'profileForm.addressHint': 'Atstājiet visus laukus tukšus, lai noņemtu šo adresi.',
  'profileForm.shippingName': 'Saņēmējs',
  'profileForm.shippingPhone': 'Saņēmēja tālrunis (neobligāti)',
  'profileForm.line1': 'Adrese',
  'profileForm.line2': 'Dzīvoklis, stāvs u. c. (neobligāti)',
  'profileForm.city': 'Pilsēta',
  'profileForm.state': 'Štats, province vai reģions (neobligāti)',
  'profileForm.postalCode': 'Pasta indekss',
  'profileForm.country': 'Valsts',
  'profileForm.chooseCountry': 'Izvēlieties valsti',
  'profileForm.taxIds.hint': 'Tiek norādīti jūsu rēķinos.',
  'profileForm.taxIds.none': 'Nav nodokļu ID.',
  'profileForm.taxId': (n) => `Nodokļu ID ${n}`,
  'profileForm.taxType': 'Veids',
  'profileForm.taxValue': 'Numurs',
  'profileForm.taxExample': (example) => `Piemēram, ${example}.`,
  'profileForm.taxAdd': 'Pievienot nodokļu ID',
  'profileForm.taxRemove': 'Noņemt',
  'profileForm.taxRemoved': (n) => `Nodokļu ID ${n} noņemts. Saglabājiet, lai izmaiņas paliktu spēkā.`,
  'profileForm.save': 'Saglabāt',
  'profileForm.saving': 'Saglabā…',
  'profileForm.cancel': 'Atcelt',
  'profileForm.unchanged': 'Nekas netika mainīts, tāpēc nebija ko saglabāt.',
  'profileForm.required': (label) => `${label}: obligāts lauks.`,
  'profileForm.invalidEmail': 'Ievadiet e-pasta adresi, piemēram, vards@example.com.',
  'profileForm.invalidField': (label, detail) => `${label}: ${detail}.`,
  'profileForm.checkFields': (count) =>
    `Jāpārbauda ${plural('lv', count, { one: '# lauks', other: '# lauki' })}. Nekas netika saglabāts.`,
  'profileForm.notSaved': 'Jūsu izmaiņas netika saglabātas.',
};

export default strings;
