import type { PartialNamespaceStrings } from '../../locales.js';

const strings: PartialNamespaceStrings<'profile'> = {
  'profile.title': '您的資料',
  'profile.loading': '正在載入您的資料…',
  'profile.signedOut': '登入後即可查看您的資料。',
  'profile.allReadOnly': '您的資料無法在此變更。如需更新，請與我們聯絡。',
  'profile.edit': '編輯資料',
  'profile.email': '電子郵件',
  'profile.phone': '電話',
  'profile.billing': '帳單地址',
  'profile.shipping': '收件地址',
  'profile.taxIds': '稅務編號',
  'profile.taxType.eu_vat': '歐盟加值稅號',
  'profile.taxType.gb_vat': '英國加值稅號',
  'profile.taxType.us_ein': '美國 EIN',
  'profile.taxType.au_abn': '澳洲 ABN',
  'profile.taxType.ca_gst_hst': '加拿大 GST/HST 稅號',
  'profile.taxType.ch_vat': '瑞士加值稅號',
  'profile.taxType.no_vat': '挪威加值稅號',
  'profile.taxType.nz_gst': '紐西蘭 GST 稅號',
  'profile.taxType.in_gst': '印度 GST 稅號',
  'profile.taxType.za_vat': '南非加值稅號',
  'profile.taxType.ae_trn': '阿聯 TRN',
  'profile.taxType.jp_cn': '日本法人編號',
  'profile.taxType.sg_gst': '新加坡 GST 稅號',
  'profile.saved': '已儲存。',
};

export default strings;
