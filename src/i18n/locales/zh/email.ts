import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'email'> = {
  'email.login.subject': (business) => `您的${business}登录链接`,
  'email.login.body': (name, business, url, hours) =>
    `${name}，您好：\n\n请使用此链接管理您在${business}的账单：\n\n${url}\n\n` +
    `该链接仅可使用一次，将在${hours}小时后失效。如果您并未请求此链接，请忽略这封邮件。`,
  'email.paymentSucceeded.subject': (amount, invoice) => `已收到账单 ${invoice} 的${amount}付款`,
  'email.paymentSucceeded.body': (name, amount, invoice, method, business) =>
    `${name}，您好：\n\n我们已收到您通过${method}支付的账单 ${invoice} 款项${amount}。谢谢！\n\n${business}`,
  'email.reactivated.subject': (product) => `您的${product}订阅已重新激活`,
  'email.reactivated.body': (name, product, amount, invoice, business) =>
    `${name}，您好：\n\n您的${product}订阅已重新激活：未付的${amount}（账单 ${invoice}）已支付。您无需再进行任何操作。\n\n${business}`,
};

export default strings;
