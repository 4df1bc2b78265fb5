import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profile'> = {
  'profile.title': 'Dine oplysninger',
  'profile.loading': 'Indlæser dine oplysninger…',
  'profile.signedOut': 'Log ind for at se dine oplysninger.',
  'profile.allReadOnly': 'Dine oplysninger kan ikke ændres her. Kontakt os for at opdatere dem.',
  'profile.edit': 'Rediger oplysninger',
  'profile.notProvided': 'Ikke angivet',
  'profile.name': 'Navn',
  'profile.email': 'E-mail',
  'profile.phone': 'Telefon',
  'profile.billing': 'Faktureringsadresse',
  'profile.shipping': 'Leveringsadresse',
  'profile.taxIds': 'Skatte-id’er',
  'profile.taxType.eu_vat': 'EU-momsnummer',
  'profile.taxType.gb_vat': 'Britisk momsnummer',
  'profile.taxType.us_ein': 'Amerikansk EIN',
  'profile.taxType.au_abn': 'Australsk ABN',
  'profile.taxType.ca_bn': 'Canadisk BN',
  'profile.taxType.ca_gst_hst': 'Canadisk GST/HST-nummer',
  'profile.taxType.ch_vat': 'Schweizisk momsnummer',
  'profile.taxType.no_vat': 'Norsk momsnummer',
  'profile.taxType.nz_gst': 'New Zealandsk GST-nummer',
  'profile.taxType.in_gst': 'Indisk GST-nummer',
  'profile.taxType.za_vat': 'Sydafrikansk momsnummer',
  'profile.taxType.ae_trn': 'TRN (De Forenede Arabiske Emirater)',
  'profile.taxType.jp_cn': 'Japansk virksomhedsnummer',
  'profile.taxType.sg_gst': 'Singaporeansk GST-nummer',
  'profile.saved': 'Gemt.',
};

export default strings;
