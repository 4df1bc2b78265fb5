import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profile'> = {
  'profile.title': 'Je gegevens',
  'profile.loading': 'Je gegevens laden…',
  'profile.signedOut': 'Log in om je gegevens te zien.',
  'profile.allReadOnly': 'Je gegevens kunnen hier niet worden gewijzigd. Neem contact met ons op om ze bij te werken.',
  'profile.edit': 'Gegevens wijzigen',
  'profile.notProvided': 'Niet opgegeven',
  'profile.name': 'Naam',
  'profile.email': 'E-mailadres',
  'profile.phone': 'Telefoon',
  'profile.billing': 'Factuuradres',
  'profile.shipping': 'Verzendadres',
  'profile.taxIds': 'Belastingnummers',
  'profile.taxType.eu_vat': 'Btw-nummer (EU)',
  'profile.taxType.gb_vat': 'Btw-nummer (VK)',
  'profile.taxType.us_ein': 'EIN (VS)',
  'profile.taxType.au_abn': 'ABN (Australië)',
  'profile.taxType.ca_bn': 'BN (Canada)',
  'profile.taxType.ca_gst_hst': 'GST/HST-nummer (Canada)',
  'profile.taxType.ch_vat': 'Btw-nummer (Zwitserland)',
  'profile.taxType.no_vat': 'Btw-nummer (Noorwegen)',
  'profile.taxType.nz_gst': 'GST-nummer (Nieuw-Zeeland)',
  'profile.taxType.in_gst': 'GST-nummer (India)',
  'profile.taxType.za_vat': 'Btw-nummer (Zuid-Afrika)',
  'profile.taxType.ae_trn': 'TRN (VAE)',
  'profile.taxType.jp_cn': 'Ondernemingsnummer (Japan)',
  'profile.taxType.sg_gst': 'GST-nummer (Singapore)',
  'profile.saved': 'Opgeslagen.',
};

export default strings;
