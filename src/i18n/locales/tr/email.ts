import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'email'> = {
  'email.login.subject': (business) => `${business} için giriş bağlantınız`,
  'email.login.body': (name, business, url, hours) =>
    `Merhaba ${name},\n\n${business} ile ilgili faturalandırmanızı yönetmek için bu bağlantıyı kullanın:\n\n${url}\n\n` +
    `Bağlantı yalnızca bir kez çalışır ve ${plural('tr', hours, { one: '# saat', other: '# saat' })} sonra geçerliliğini yitirir. Bunu siz istemediyseniz bu e-postayı yok sayabilirsiniz.`,
  'email.paymentSucceeded.subject': (amount, invoice) => `${invoice} numaralı fatura için ${amount} tutarında ödeme alındı`,
  'email.paymentSucceeded.body': (name, amount, invoice, method, business) =>
    `Merhaba ${name},\n\n${invoice} numaralı fatura için ${method} ile yaptığınız ${amount} tutarındaki ödemeyi aldık. Teşekkür ederiz.\n\n${business}`,
  'email.reactivated.subject': (product) => `${product} aboneliğiniz yeniden etkin`,
  'email.reactivated.body': (name, product, amount, invoice, business) =>
    `Merhaba ${name},\n\n${product} aboneliğiniz yeniden etkin: ödenmemiş ${amount} tutarı (fatura ${invoice}) ` +
    `ödendi. Başka bir şey yapmanıza gerek yok.\n\n${business}`,
};

export default strings;
