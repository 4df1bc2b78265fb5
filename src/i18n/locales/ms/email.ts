import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'email'> = {
  'email.login.subject': (business) => `Pautan log masuk anda untuk ${business}`,
  'email.login.body': (name, business, url, hours) =>
    `Hai ${name},\n\nGunakan pautan ini untuk mengurus pengebilan anda dengan ${business}:\n\n${url}\n\n` +
    `Pautan ini berfungsi sekali sahaja dan tamat tempoh dalam ${plural('ms', hours, { other: '# jam' })}. Jika anda tidak memintanya, abaikan sahaja e-mel ini.`,
  'email.paymentSucceeded.subject': (amount, invoice) => `Bayaran ${amount} diterima untuk invois ${invoice}`,
  'email.paymentSucceeded.body': (name, amount, invoice, method, business) =>
    `Hai ${name},\n\nKami telah menerima bayaran anda sebanyak ${amount} untuk invois ${invoice}, dibayar dengan ${method}. Terima kasih.\n\n${business}`,
  'email.reactivated.subject': (product) => `Langganan ${product} anda aktif semula`,
  'email.reactivated.body': (name, product, amount, invoice, business) =>
    `Hai ${name},\n\nLangganan ${product} anda aktif semula: baki tertunggak ${amount} (invois ${invoice}) ` +
    `telah dibayar. Tiada tindakan lain diperlukan daripada anda.\n\n${business}`,
};

export default strings;
