import { plural } from '../../plural.js';
import type { PartialNamespaceStrings } from '../../locales.js';

const strings: PartialNamespaceStrings<'profileForm'> = {
  'profileForm.readOnly': '如需變更，請與我們聯絡。',
  'profileForm.contact': '聯絡資訊',
  'profileForm.phone': '電話（選填）',
  'profileForm.phoneHint': '請包含國碼，例如 +1 415 555 0132。',
  'profileForm.addressHint': '將所有欄位留空即可移除此地址。',
  'profileForm.shippingPhone': '收件人電話（選填）',
  'profileForm.line2': '公寓、單位、樓層（選填）',
  'profileForm.state': '州／省／地區（選填）',
  'profileForm.postalCode': '郵遞區號',
  'profileForm.country': '國家／地區',
  'profileForm.chooseCountry': '選擇國家／地區',
  'profileForm.taxIds.hint': '會顯示在您的帳單上。',
  'profileForm.taxIds.none': '沒有稅務編號。',
  'profileForm.taxId': (n) => `稅務編號 ${n}`,
  'profileForm.taxType': '類型',
  'profileForm.taxValue': '號碼',
  'profileForm.taxAdd': '新增稅務編號',
  'profileForm.taxRemove': '移除',
  'profileForm.taxRemoved': (n) => `已移除稅務編號 ${n}。請儲存以保留變更。`,
  'profileForm.save': '儲存',
  'profileForm.saving': '正在儲存…',
  'profileForm.unchanged': '沒有任何變更，無需儲存。',
  'profileForm.required': (label) => `請填寫${label}。`,
  'profileForm.invalidEmail': '請輸入有效的電子郵件地址，例如 name@example.com。',
  'profileForm.checkFields': (count) => `有${plural('zh-TW', count, { other: '#個欄位' })}需要您檢查。未儲存任何內容。`,
  'profileForm.notSaved': '您的變更未儲存。',
};

export default strings;
