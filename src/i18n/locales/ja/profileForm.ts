import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profileForm'> = {
  'profileForm.readOnly': '変更するにはお問い合わせください。',
  'profileForm.contact': '連絡先',
  'profileForm.phone': '電話番号（任意）',
  'profileForm.phoneHint': '国番号を含めて入力してください（例：+1 415 555 0132）。',
  'profileForm.addressHint': 'この住所を削除するには、すべての欄を空にしてください。',
  'profileForm.shippingName': '受取人',
  'profileForm.shippingPhone': '受取人の電話番号（任意）',
  'profileForm.line1': '住所',
  'profileForm.line2': '建物名・部屋番号・階（任意）',
  'profileForm.city': '市区町村',
  'profileForm.state': '都道府県・州・地域（任意）',
  'profileForm.postalCode': '郵便番号',
  'profileForm.country': '国',
  'profileForm.chooseCountry': '国を選択',
  'profileForm.taxIds.hint': '請求書に記載されます。',
  'profileForm.taxIds.none': '納税者番号はありません。',
  'profileForm.taxId': (n) => `納税者番号 ${n}`,
  'profileForm.taxType': '種類',
  'profileForm.taxValue': '番号',
  'profileForm.taxExample': (example) => `例：${example}`,
  'profileForm.taxAdd': '納税者番号を追加',
  'profileForm.taxRemove': '削除',
  'profileForm.taxRemoved': (n) => `納税者番号 ${n} を削除しました。変更を反映するには保存してください。`,
  'profileForm.save': '保存',
  'profileForm.saving': '保存中…',
  'profileForm.cancel': 'キャンセル',
  'profileForm.unchanged': '変更がないため、保存する内容はありません。',
  'profileForm.required': (label) => `${label}は必須です。`,
  'profileForm.invalidEmail': 'name@example.com のような形式でメールアドレスを入力してください。',
  'profileForm.invalidField': (label, detail) => `${label}：${detail}。`,
  'profileForm.checkFields': (count) =>
    `${plural('ja', count, { other: '#件の項目' })}を確認してください。何も保存されていません。`,
  'profileForm.notSaved': '変更は保存されませんでした。',
};

export default strings;
