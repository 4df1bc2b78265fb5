import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'email'> = {
  'email.login.subject': (business) => `Link do logowania: ${business}`,
  'email.login.body': (name, business, url, hours) =>
    `Dzień dobry ${name},\n\noto link do zarządzania rozliczeniami w serwisie ${business}:\n\n${url}\n\n` +
    `Link działa jednorazowo i wygasa po ${plural('pl', hours, { one: '# godzinie', other: '# godzinach' })}. Jeśli ta wiadomość nie była oczekiwana, można ją zignorować.`,
  'email.paymentSucceeded.subject': (amount, invoice) => `Otrzymaliśmy płatność ${amount} za fakturę ${invoice}`,
  'email.paymentSucceeded.body': (name, amount, invoice, method, business) =>
    `Dzień dobry ${name},\n\notrzymaliśmy płatność ${amount} za fakturę ${invoice} (metoda płatności: ${method}). Dziękujemy.\n\n${business}`,
  'email.reactivated.subject': (product) => `Subskrypcja ${product} jest znów aktywna`,
  'email.reactivated.body': (name, product, amount, invoice, business) =>
    `Dzień dobry ${name},\n\nsubskrypcja ${product} jest znów aktywna: zaległa kwota ${amount} (faktura ${invoice}) ` +
    `została zapłacona. Nic więcej nie trzeba robić.\n\n${business}`,
};

export default strings;
