import type { PartialNamespaceStrings } from '../../locales.js';

const strings: PartialNamespaceStrings<'email'> = {
  'email.login.body': (name, business, url, hours) =>
    `${name}，您好：\n\n請使用此連結管理您在${business}的賬務：\n\n${url}\n\n` +
    `此連結僅能使用一次，將在${hours}小時後失效。如果您並未要求此連結，請忽略這封電郵。`,
  'email.paymentSucceeded.subject': (amount, invoice) => `已收到賬單 ${invoice} 的${amount}付款`,
  'email.paymentSucceeded.body': (name, amount, invoice, method, business) =>
    `${name}，您好：\n\n我們已收到您以${method}支付賬單 ${invoice} 的款項${amount}。謝謝您！\n\n${business}`,
  'email.reactivated.body': (name, product, amount, invoice, business) =>
    `${name}，您好：\n\n您的${product}訂閱已重新啟用：未付的${amount}（賬單 ${invoice}）已支付。您無需再進行任何操作。\n\n${business}`,
};

export default strings;
