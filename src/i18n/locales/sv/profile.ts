import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profile'> = {
  'profile.title': 'Dina uppgifter',
  'profile.loading': 'Läser in dina uppgifter…',
  'profile.signedOut': 'Logga in för att se dina uppgifter.',
  'profile.allReadOnly': 'Dina uppgifter kan inte ändras här. Kontakta oss för att uppdatera dem.',
  'profile.edit': 'Redigera uppgifter',
  'profile.notProvided': 'Inte angivet',
  'profile.name': 'Namn',
  'profile.email': 'E-post',
  'profile.phone': 'Telefon',
  'profile.billing': 'Faktureringsadress',
  'profile.shipping': 'Leveransadress',
  'profile.taxIds': 'Skatte-ID',
  'profile.taxType.eu_vat': 'Momsregistreringsnummer (EU)',
  'profile.taxType.gb_vat': 'Momsregistreringsnummer (Storbritannien)',
  'profile.taxType.us_ein': 'EIN (USA)',
  'profile.taxType.au_abn': 'ABN (Australien)',
  'profile.taxType.ca_bn': 'BN (Kanada)',
  'profile.taxType.ca_gst_hst': 'GST/HST-nummer (Kanada)',
  'profile.taxType.ch_vat': 'Momsregistreringsnummer (Schweiz)',
  'profile.taxType.no_vat': 'Momsregistreringsnummer (Norge)',
  'profile.taxType.nz_gst': 'GST-nummer (Nya Zeeland)',
  'profile.taxType.in_gst': 'GST-nummer (Indien)',
  'profile.taxType.za_vat': 'Momsregistreringsnummer (Sydafrika)',
  'profile.taxType.ae_trn': 'TRN (Förenade Arabemiraten)',
  'profile.taxType.jp_cn': 'Företagsnummer (Japan)',
  'profile.taxType.sg_gst': 'GST-nummer (Singapore)',
  'profile.saved': 'Sparat.',
};

export default strings;
