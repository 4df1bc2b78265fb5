import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'email'> = {
  'email.login.subject': (business) => `${business}のログインリンク`,
  'email.login.body': (name, business, url, hours) =>
    `${name} 様\n\n以下のリンクから、${business}でのご請求情報を管理できます。\n\n${url}\n\n` +
    `このリンクは1回のみ有効で、${hours}時間後に期限切れになります。お心当たりがない場合は、このメールを破棄してください。`,
  'email.paymentSucceeded.subject': (amount, invoice) => `請求書 ${invoice} の${amount}のお支払いを受け付けました`,
  'email.paymentSucceeded.body': (name, amount, invoice, method, business) =>
    `${name} 様\n\n請求書 ${invoice} について、${method}による${amount}のお支払いを受け付けました。ありがとうございました。\n\n${business}`,
  'email.reactivated.subject': (product) => `${product}のサブスクリプションが再び有効になりました`,
  'email.reactivated.body': (name, product, amount, invoice, business) =>
    `${name} 様\n\n${product}のサブスクリプションが再び有効になりました。未払いの${amount}（請求書 ${invoice}）のお支払いが完了しています。` +
    `お客様による追加の操作は必要ありません。\n\n${business}`,
};

export default strings;
