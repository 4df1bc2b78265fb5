import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profile'> = {
  'profile.title': 'Butiran anda',
  'profile.loading': 'Memuatkan butiran anda…',
  'profile.signedOut': 'Log masuk untuk melihat butiran anda.',
  'profile.allReadOnly': 'Butiran anda tidak boleh ditukar di sini. Hubungi kami untuk mengemas kininya.',
  'profile.edit': 'Sunting butiran',
  'profile.notProvided': 'Tidak diberikan',
  'profile.name': 'Nama',
  'profile.email': 'E-mel',
  'profile.phone': 'Telefon',
  'profile.billing': 'Alamat pengebilan',
  'profile.shipping': 'Alamat penghantaran',
  'profile.taxIds': 'ID cukai',
  'profile.taxType.eu_vat': 'Nombor VAT EU',
  'profile.taxType.gb_vat': 'Nombor VAT UK',
  'profile.taxType.us_ein': 'EIN AS',
  'profile.taxType.au_abn': 'ABN Australia',
  'profile.taxType.ca_bn': 'BN Kanada',
  'profile.taxType.ca_gst_hst': 'Nombor GST/HST Kanada',
  'profile.taxType.ch_vat': 'Nombor VAT Switzerland',
  'profile.taxType.no_vat': 'Nombor VAT Norway',
  'profile.taxType.nz_gst': 'Nombor GST New Zealand',
  'profile.taxType.in_gst': 'Nombor GST India',
  'profile.taxType.za_vat': 'Nombor VAT Afrika Selatan',
  'profile.taxType.ae_trn': 'TRN UAE',
  'profile.taxType.jp_cn': 'Nombor korporat Jepun',
  'profile.taxType.sg_gst': 'Nombor GST Singapura',
  'profile.saved': 'Disimpan.',
};

export default strings;
