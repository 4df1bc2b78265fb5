import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profile'> = {
  'profile.title': 'Vaše údaje',
  'profile.loading': 'Načítavajú sa vaše údaje…',
  'profile.signedOut': 'Ak chcete vidieť svoje údaje, prihláste sa.',
  'profile.allReadOnly': 'Vaše údaje tu nemožno zmeniť. Ak ich chcete aktualizovať, kontaktujte nás.',
  'profile.edit': 'Upraviť údaje',
  'profile.notProvided': 'Neuvedené',
  'profile.name': 'Meno',
  'profile.email': 'E-mail',
  'profile.phone': 'Telefón',
  'profile.billing': 'Fakturačná adresa',
  'profile.shipping': 'Dodacia adresa',
  'profile.taxIds': 'Daňové identifikačné čísla',
  'profile.taxType.eu_vat': 'IČ DPH (EÚ)',
  'profile.taxType.gb_vat': 'IČ DPH (Spojené kráľovstvo)',
  'profile.taxType.us_ein': 'EIN (USA)',
  'profile.taxType.au_abn': 'ABN (Austrália)',
  'profile.taxType.ca_bn': 'BN (Kanada)',
  'profile.taxType.ca_gst_hst': 'Číslo GST/HST (Kanada)',
  'profile.taxType.ch_vat': 'IČ DPH (Švajčiarsko)',
  'profile.taxType.no_vat': 'IČ DPH (Nórsko)',
  'profile.taxType.nz_gst': 'Číslo GST (Nový Zéland)',
  'profile.taxType.in_gst': 'Číslo GST (India)',
  'profile.taxType.za_vat': 'IČ DPH (Juhoafrická republika)',
  'profile.taxType.ae_trn': 'TRN (SAE)',
  'profile.taxType.jp_cn': 'Firemné číslo (Japonsko)',
  'profile.taxType.sg_gst': 'Číslo GST (Singapur)',
  'profile.saved': 'Uložené.',
};

export default strings;
