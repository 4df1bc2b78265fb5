import type { PartialNamespaceStrings } from '../../locales.js';

const strings: PartialNamespaceStrings<'profile'> = {
  'profile.contact': '聯絡資料',
  'profile.email': '電郵',
  'profile.phone': '電話（可選）',
  'profile.phoneHint': '請包含國家代碼，例如 +1 415 555 0132。',
  'profile.billing': '賬單地址',
  'profile.shippingPhone': '收件人電話（可選）',
  'profile.line2': '單位、樓層、座數（可選）',
  'profile.state': '州／省／地區（可選）',
  'profile.postalCode': '郵政編號',
  'profile.taxIds.hint': '會顯示在您的賬單上。',
  'profile.taxType.eu_vat': '歐盟增值稅號',
  'profile.taxType.gb_vat': '英國增值稅號',
  'profile.taxType.ch_vat': '瑞士增值稅號',
  'profile.taxType.no_vat': '挪威增值稅號',
  'profile.taxType.nz_gst': '新西蘭 GST 稅號',
  'profile.taxType.za_vat': '南非增值稅號',
  'profile.taxType.ae_trn': '阿聯酋 TRN',
  'profile.invalidEmail': '請輸入有效的電郵地址，例如 name@example.com。',
};

export default strings;
