import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'email'> = {
  'email.login.subject': (business) => `Dit loginlink til ${business}`,
  'email.login.body': (name, business, url, hours) =>
    `Hej ${name},\n\nBrug dette link til at administrere din fakturering hos ${business}:\n\n${url}\n\n` +
    `Linket virker én gang og udløber om ${plural('da', hours, { one: '# time', other: '# timer' })}. Hvis du ikke har bedt om det, kan du se bort fra denne e-mail.`,
  'email.paymentSucceeded.subject': (amount, invoice) => `Betaling på ${amount} modtaget for faktura ${invoice}`,
  'email.paymentSucceeded.body': (name, amount, invoice, method, business) =>
    `Hej ${name},\n\nVi har modtaget din betaling på ${amount} for faktura ${invoice}, betalt med ${method}. Tak.\n\n${business}`,
  'email.reactivated.subject': (product) => `Dit ${product}-abonnement er aktivt igen`,
  'email.reactivated.body': (name, product, amount, invoice, business) =>
    `Hej ${name},\n\nDit ${product}-abonnement er aktivt igen: det udestående beløb på ${amount} (faktura ${invoice}) ` +
    `er betalt. Du behøver ikke at gøre mere.\n\n${business}`,
};

export default strings;
