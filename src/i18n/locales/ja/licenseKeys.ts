import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'licenseKeys'> = {
  'licenseKeys.title': 'ライセンスキー',
  'licenseKeys.loading': 'ライセンスキーを読み込み中…',
  'licenseKeys.signedOut': 'ログインしてライセンスキーを確認してください。',
  'licenseKeys.empty': 'ライセンスキーはありません。',
  'licenseKeys.disabled': 'ここではライセンスキーを利用できません。',
  'licenseKeys.status.active': '有効',
  'licenseKeys.status.disabled': '無効',
  'licenseKeys.status.expired': '期限切れ',
  'licenseKeys.key': 'キー',
  'licenseKeys.masked': (last4) => `非表示（末尾 ${last4}）`,
  'licenseKeys.show': 'キーを表示',
  'licenseKeys.copy': 'コピー',
  'licenseKeys.copied': (product) => `${product}のライセンスキーをコピーしました。`,
  'licenseKeys.copyFailed': 'キーをコピーできませんでした。キーを表示したので、選択してコピーしてください。',
  'licenseKeys.activations': 'アクティベーション',
  'licenseKeys.activationsOf': (used, limit) => `${used}/${limit}回使用`,
  'licenseKeys.activationsUnlimited': (used) => `${used}回使用（上限なし）`,
  'licenseKeys.expires': '有効期限',
  'licenseKeys.expired': '期限切れ',
  'licenseKeys.never': 'なし',
};

export default strings;
