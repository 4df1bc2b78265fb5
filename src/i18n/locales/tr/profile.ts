import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profile'> = {
  'profile.title': 'Bilgileriniz',
  'profile.loading': 'Bilgileriniz yükleniyor…',
  'profile.signedOut': 'Bilgilerinizi görmek için giriş yapın.',
  'profile.allReadOnly': 'Bilgileriniz burada değiştirilemez. Güncellemek için bizimle iletişime geçin.',
  'profile.edit': 'Bilgileri düzenle',
  'profile.notProvided': 'Belirtilmedi',
  'profile.name': 'Ad',
  'profile.email': 'E-posta',
  'profile.phone': 'Telefon',
  'profile.billing': 'Fatura adresi',
  'profile.shipping': 'Teslimat adresi',
  'profile.taxIds': 'Vergi numaraları',
  'profile.taxType.eu_vat': 'AB KDV numarası',
  'profile.taxType.gb_vat': 'Birleşik Krallık KDV numarası',
  'profile.taxType.us_ein': 'ABD EIN',
  'profile.taxType.au_abn': 'Avustralya ABN',
  'profile.taxType.ca_bn': 'Kanada BN',
  'profile.taxType.ca_gst_hst': 'Kanada GST/HST numarası',
  'profile.taxType.ch_vat': 'İsviçre KDV numarası',
  'profile.taxType.no_vat': 'Norveç KDV numarası',
  'profile.taxType.nz_gst': 'Yeni Zelanda GST numarası',
  'profile.taxType.in_gst': 'Hindistan GST numarası',
  'profile.taxType.za_vat': 'Güney Afrika KDV numarası',
  'profile.taxType.ae_trn': 'BAE TRN',
  'profile.taxType.jp_cn': 'Japonya kurumsal numarası',
  'profile.taxType.sg_gst': 'Singapur GST numarası',
  'profile.saved': 'Kaydedildi.',
};

export default strings;
