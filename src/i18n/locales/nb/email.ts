import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'email'> = {
  'email.login.subject': (business) => `Innloggingslenken din for ${business}`,
  'email.login.body': (name, business, url, hours) =>
    `Hei ${name},\n\nBruk denne lenken for å administrere faktureringen din hos ${business}:\n\n${url}\n\n` +
    `Lenken virker én gang og utløper om ${plural('nb', hours, { one: '# time', other: '# timer' })}. Hvis du ikke ba om den, kan du se bort fra denne e-posten.`,
  'email.paymentSucceeded.subject': (amount, invoice) => `Betaling på ${amount} mottatt for faktura ${invoice}`,
  'email.paymentSucceeded.body': (name, amount, invoice, method, business) =>
    `Hei ${name},\n\nVi har mottatt betalingen din på ${amount} for faktura ${invoice}, betalt med ${method}. Takk!\n\n${business}`,
  'email.reactivated.subject': (product) => `${product}-abonnementet ditt er aktivt igjen`,
  'email.reactivated.body': (name, product, amount, invoice, business) =>
    `Hei ${name},\n\n${product}-abonnementet ditt er aktivt igjen: det utestående beløpet på ${amount} (faktura ${invoice}) ` +
    `er betalt. Du trenger ikke gjøre noe mer.\n\n${business}`,
};

export default strings;
