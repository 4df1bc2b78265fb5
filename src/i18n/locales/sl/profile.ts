import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profile'> = {
  'profile.title': 'Vaši podatki',
  'profile.loading': 'Nalaganje vaših podatkov…',
  'profile.signedOut': 'Za ogled podatkov se prijavite.',
  'profile.allReadOnly': 'Vaših podatkov tu ni mogoče spremeniti. Za posodobitev se obrnite na nas.',
  'profile.edit': 'Uredi podatke',
  'profile.notProvided': 'Ni navedeno',
  'profile.name': 'Ime',
  'profile.email': 'E-pošta',
  'profile.phone': 'Telefon',
  'profile.billing': 'Naslov za račun',
  'profile.shipping': 'Naslov za dostavo',
  'profile.taxIds': 'Davčne številke',
  'profile.taxType.eu_vat': 'ID za DDV (EU)',
  'profile.taxType.gb_vat': 'ID za DDV (Združeno kraljestvo)',
  'profile.taxType.us_ein': 'EIN (ZDA)',
  'profile.taxType.au_abn': 'ABN (Avstralija)',
  'profile.taxType.ca_bn': 'BN (Kanada)',
  'profile.taxType.ca_gst_hst': 'Številka GST/HST (Kanada)',
  'profile.taxType.ch_vat': 'ID za DDV (Švica)',
  'profile.taxType.no_vat': 'ID za DDV (Norveška)',
  'profile.taxType.nz_gst': 'Številka GST (Nova Zelandija)',
  'profile.taxType.in_gst': 'Številka GST (Indija)',
  'profile.taxType.za_vat': 'ID za DDV (Južna Afrika)',
  'profile.taxType.ae_trn': 'TRN (ZAE)',
  'profile.taxType.jp_cn': 'Številka podjetja (Japonska)',
  'profile.taxType.sg_gst': 'Številka GST (Singapur)',
  'profile.saved': 'Shranjeno.',
};

export default strings;
