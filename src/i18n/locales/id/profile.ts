import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profile'> = {
  'profile.title': 'Detail Anda',
  'profile.loading': 'Memuat detail Anda…',
  'profile.signedOut': 'Masuk untuk melihat detail Anda.',
  'profile.allReadOnly': 'Detail Anda tidak dapat diubah di sini. Hubungi kami untuk memperbaruinya.',
  'profile.edit': 'Ubah detail',
  'profile.notProvided': 'Tidak diisi',
  'profile.name': 'Nama',
  'profile.email': 'Alamat email',
  'profile.phone': 'Telepon',
  'profile.billing': 'Alamat penagihan',
  'profile.shipping': 'Alamat pengiriman',
  'profile.taxIds': 'ID pajak',
  'profile.taxType.eu_vat': 'Nomor PPN UE',
  'profile.taxType.gb_vat': 'Nomor PPN Inggris',
  'profile.taxType.us_ein': 'EIN AS',
  'profile.taxType.au_abn': 'ABN Australia',
  'profile.taxType.ca_bn': 'BN Kanada',
  'profile.taxType.ca_gst_hst': 'Nomor GST/HST Kanada',
  'profile.taxType.ch_vat': 'Nomor PPN Swiss',
  'profile.taxType.no_vat': 'Nomor PPN Norwegia',
  'profile.taxType.nz_gst': 'Nomor GST Selandia Baru',
  'profile.taxType.in_gst': 'Nomor GST India',
  'profile.taxType.za_vat': 'Nomor PPN Afrika Selatan',
  'profile.taxType.ae_trn': 'TRN UEA',
  'profile.taxType.jp_cn': 'Nomor korporasi Jepang',
  'profile.taxType.sg_gst': 'Nomor GST Singapura',
  'profile.saved': 'Tersimpan.',
};

export default strings;
