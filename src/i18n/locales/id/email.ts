import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'email'> = {
  'email.login.subject': (business) => `Tautan masuk Anda untuk ${business}`,
  'email.login.body': (name, business, url, hours) =>
    `Halo ${name},\n\nGunakan tautan ini untuk mengelola penagihan Anda dengan ${business}:\n\n${url}\n\n` +
    `Tautan hanya berlaku sekali dan kedaluwarsa dalam ${plural('id', hours, { other: '# jam' })}. Jika Anda tidak memintanya, abaikan email ini.`,
  'email.paymentSucceeded.subject': (amount, invoice) => `Pembayaran ${amount} diterima untuk faktur ${invoice}`,
  'email.paymentSucceeded.body': (name, amount, invoice, method, business) =>
    `Halo ${name},\n\nKami telah menerima pembayaran Anda sebesar ${amount} untuk faktur ${invoice}, dibayar dengan ${method}. Terima kasih.\n\n${business}`,
  'email.reactivated.subject': (product) => `Langganan ${product} Anda aktif kembali`,
  'email.reactivated.body': (name, product, amount, invoice, business) =>
    `Halo ${name},\n\nLangganan ${product} Anda aktif kembali: tagihan tertunggak ${amount} (faktur ${invoice}) ` +
    `telah dibayar. Anda tidak perlu melakukan apa pun lagi.\n\n${business}`,
};

export default strings;
