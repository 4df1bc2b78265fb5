import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profile'> = {
  'profile.title': 'Vaši podaci',
  'profile.loading': 'Učitavanje vaših podataka…',
  'profile.signedOut': 'Prijavite se da biste vidjeli svoje podatke.',
  'profile.allReadOnly': 'Vaši se podaci ne mogu promijeniti ovdje. Obratite nam se kako biste ih ažurirali.',
  'profile.edit': 'Uredi podatke',
  'profile.notProvided': 'Nije navedeno',
  'profile.name': 'Ime',
  'profile.email': 'E-adresa',
  'profile.phone': 'Telefon',
  'profile.billing': 'Adresa za naplatu',
  'profile.shipping': 'Adresa za dostavu',
  'profile.taxIds': 'Porezni brojevi',
  'profile.taxType.eu_vat': 'PDV broj (EU)',
  'profile.taxType.gb_vat': 'PDV broj (Ujedinjeno Kraljevstvo)',
  'profile.taxType.us_ein': 'EIN (SAD)',
  'profile.taxType.au_abn': 'ABN (Australija)',
  'profile.taxType.ca_bn': 'BN (Kanada)',
  'profile.taxType.ca_gst_hst': 'GST/HST broj (Kanada)',
  'profile.taxType.ch_vat': 'PDV broj (Švicarska)',
  'profile.taxType.no_vat': 'PDV broj (Norveška)',
  'profile.taxType.nz_gst': 'GST broj (Novi Zeland)',
  'profile.taxType.in_gst': 'GST broj (Indija)',
  'profile.taxType.za_vat': 'PDV broj (Južnoafrička Republika)',
  'profile.taxType.ae_trn': 'TRN (UAE)',
  'profile.taxType.jp_cn': 'Korporativni broj (Japan)',
  'profile.taxType.sg_gst': 'GST broj (Singapur)',
  'profile.saved': 'Spremljeno.',
};

export default strings;
