import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profile'> = {
  'profile.title': 'Opplysningene dine',
  'profile.loading': 'Laster inn opplysningene dine…',
  'profile.signedOut': 'Logg inn for å se opplysningene dine.',
  'profile.allReadOnly': 'Opplysningene dine kan ikke endres her. Kontakt oss for å oppdatere dem.',
  'profile.edit': 'Rediger opplysninger',
  'profile.notProvided': 'Ikke oppgitt',
  'profile.name': 'Navn',
  'profile.email': 'E-post',
  'profile.phone': 'Telefon',
  'profile.billing': 'Fakturaadresse',
  'profile.shipping': 'Leveringsadresse',
  'profile.taxIds': 'Skatte-ID-er',
  'profile.taxType.eu_vat': 'Mva-nummer (EU)',
  'profile.taxType.gb_vat': 'Mva-nummer (Storbritannia)',
  'profile.taxType.us_ein': 'EIN (USA)',
  'profile.taxType.au_abn': 'ABN (Australia)',
  'profile.taxType.ca_bn': 'BN (Canada)',
  'profile.taxType.ca_gst_hst': 'GST/HST-nummer (Canada)',
  'profile.taxType.ch_vat': 'Mva-nummer (Sveits)',
  'profile.taxType.no_vat': 'Mva-nummer (Norge)',
  'profile.taxType.nz_gst': 'GST-nummer (New Zealand)',
  'profile.taxType.in_gst': 'GST-nummer (India)',
  'profile.taxType.za_vat': 'Mva-nummer (Sør-Afrika)',
  'profile.taxType.ae_trn': 'TRN (De forente arabiske emirater)',
  'profile.taxType.jp_cn': 'Foretaksnummer (Japan)',
  'profile.taxType.sg_gst': 'GST-nummer (Singapore)',
  'profile.saved': 'Lagret.',
};

export default strings;
