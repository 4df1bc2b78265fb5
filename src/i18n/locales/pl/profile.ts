import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profile'> = {
  'profile.title': 'Dane klienta',
  'profile.loading': 'Wczytywanie danych…',
  'profile.signedOut': 'Zaloguj się, aby zobaczyć swoje dane.',
  'profile.allReadOnly': 'Tych danych nie można tu zmienić. Aby je zaktualizować, skontaktuj się z nami.',
  'profile.edit': 'Edytuj dane',
  'profile.notProvided': 'Nie podano',
  'profile.name': 'Imię i nazwisko',
  'profile.email': 'E-mail',
  'profile.phone': 'Telefon',
  'profile.billing': 'Adres rozliczeniowy',
  'profile.shipping': 'Adres dostawy',
  'profile.taxIds': 'Identyfikatory podatkowe',
  'profile.taxType.eu_vat': 'Numer VAT UE',
  'profile.taxType.gb_vat': 'Numer VAT (Wielka Brytania)',
  'profile.taxType.us_ein': 'EIN (USA)',
  'profile.taxType.au_abn': 'ABN (Australia)',
  'profile.taxType.ca_bn': 'BN (Kanada)',
  'profile.taxType.ca_gst_hst': 'Numer GST/HST (Kanada)',
  'profile.taxType.ch_vat': 'Numer VAT (Szwajcaria)',
  'profile.taxType.no_vat': 'Numer VAT (Norwegia)',
  'profile.taxType.nz_gst': 'Numer GST (Nowa Zelandia)',
  'profile.taxType.in_gst': 'Numer GST (Indie)',
  'profile.taxType.za_vat': 'Numer VAT (RPA)',
  'profile.taxType.ae_trn': 'TRN (ZEA)',
  'profile.taxType.jp_cn': 'Numer korporacyjny (Japonia)',
  'profile.taxType.sg_gst': 'Numer GST (Singapur)',
  'profile.saved': 'Zapisano.',
};

export default strings;
