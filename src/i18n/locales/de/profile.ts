import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profile'> = {
  'profile.title': 'Ihre Angaben',
  'profile.loading': 'Ihre Angaben werden geladen…',
  'profile.signedOut': 'Melden Sie sich an, um Ihre Angaben zu sehen.',
  'profile.allReadOnly': 'Ihre Angaben können hier nicht geändert werden. Kontaktieren Sie uns, um sie zu aktualisieren.',
  'profile.edit': 'Angaben bearbeiten',
  'profile.notProvided': 'Nicht angegeben',
  'profile.name': 'Name',
  'profile.email': 'E-Mail-Adresse',
  'profile.phone': 'Telefon',
  'profile.billing': 'Rechnungsadresse',
  'profile.shipping': 'Lieferadresse',
  'profile.taxIds': 'Steuer-IDs',
  'profile.taxType.eu_vat': 'EU-USt-IdNr.',
  'profile.taxType.gb_vat': 'USt-IdNr. (Großbritannien)',
  'profile.taxType.us_ein': 'EIN (USA)',
  'profile.taxType.au_abn': 'ABN (Australien)',
  'profile.taxType.ca_bn': 'BN (Kanada)',
  'profile.taxType.ca_gst_hst': 'GST/HST-Nummer (Kanada)',
  'profile.taxType.ch_vat': 'MWST-Nummer (Schweiz)',
  'profile.taxType.no_vat': 'MVA-Nummer (Norwegen)',
  'profile.taxType.nz_gst': 'GST-Nummer (Neuseeland)',
  'profile.taxType.in_gst': 'GST-Nummer (Indien)',
  'profile.taxType.za_vat': 'VAT-Nummer (Südafrika)',
  'profile.taxType.ae_trn': 'TRN (VAE)',
  'profile.taxType.jp_cn': 'Unternehmensnummer (Japan)',
  'profile.taxType.sg_gst': 'GST-Nummer (Singapur)',
  'profile.saved': 'Gespeichert.',
};

export default strings;
