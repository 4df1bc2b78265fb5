import type { PartialNamespaceStrings } from '../../locales.js';

const strings: PartialNamespaceStrings<'profileForm'> = {
  'profileForm.contact': '聯絡資料',
  'profileForm.phone': '電話（可選）',
  'profileForm.phoneHint': '請包含國家代碼，例如 +1 415 555 0132。',
  'profileForm.shippingPhone': '收件人電話（可選）',
  'profileForm.line2': '單位、樓層、座數（可選）',
  'profileForm.state': '州／省／地區（可選）',
  'profileForm.postalCode': '郵政編號',
  'profileForm.taxIds.hint': '會顯示在您的賬單上。',
  'profileForm.invalidEmail': '請輸入有效的電郵地址，例如 name@example.com。',
};

export default strings;
