import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profile'> = {
  'profile.title': 'Vaše údaje',
  'profile.loading': 'Načítání údajů…',
  'profile.signedOut': 'Pro zobrazení údajů se přihlaste.',
  'profile.allReadOnly': 'Údaje zde nelze změnit. Pro jejich aktualizaci nás kontaktujte.',
  'profile.edit': 'Upravit údaje',
  'profile.notProvided': 'Neuvedeno',
  'profile.name': 'Jméno',
  'profile.email': 'E-mail',
  'profile.phone': 'Telefon',
  'profile.billing': 'Fakturační adresa',
  'profile.shipping': 'Doručovací adresa',
  'profile.taxIds': 'Daňová identifikační čísla',
  'profile.taxType.eu_vat': 'DIČ pro DPH (EU)',
  'profile.taxType.gb_vat': 'DIČ pro DPH (Spojené království)',
  'profile.taxType.us_ein': 'EIN (USA)',
  'profile.taxType.au_abn': 'ABN (Austrálie)',
  'profile.taxType.ca_bn': 'BN (Kanada)',
  'profile.taxType.ca_gst_hst': 'Číslo GST/HST (Kanada)',
  'profile.taxType.ch_vat': 'DIČ pro DPH (Švýcarsko)',
  'profile.taxType.no_vat': 'DIČ pro DPH (Norsko)',
  'profile.taxType.nz_gst': 'Číslo GST (Nový Zéland)',
  'profile.taxType.in_gst': 'Číslo GST (Indie)',
  'profile.taxType.za_vat': 'DIČ pro DPH (Jihoafrická republika)',
  'profile.taxType.ae_trn': 'TRN (SAE)',
  'profile.taxType.jp_cn': 'Firemní číslo (Japonsko)',
  'profile.taxType.sg_gst': 'Číslo GST (Singapur)',
  'profile.saved': 'Uloženo.',
};

export default strings;
