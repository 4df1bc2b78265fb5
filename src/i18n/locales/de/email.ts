import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'email'> = {
  'email.login.subject': (business) => `Ihr Anmeldelink für ${business}`,
  'email.login.body': (name, business, url, hours) =>
    `Hallo ${name},\n\nMit diesem Link verwalten Sie Ihre Abrechnung bei ${business}:\n\n${url}\n\n` +
    `Der Link funktioniert einmal und läuft in ${hours} Stunden ab. Wenn Sie ihn nicht angefordert haben, ignorieren Sie diese E-Mail.`,
  'email.paymentSucceeded.subject': (amount, invoice) => `Zahlung von ${amount} für Rechnung ${invoice} erhalten`,
  'email.paymentSucceeded.body': (name, amount, invoice, method, business) =>
    `Hallo ${name},\n\nwir haben Ihre Zahlung von ${amount} für Rechnung ${invoice} erhalten, bezahlt mit ${method}. Vielen Dank.\n\n${business}`,
  'email.reactivated.subject': (product) => `Ihr ${product}-Abonnement ist wieder aktiv`,
  'email.reactivated.body': (name, product, amount, invoice, business) =>
    `Hallo ${name},\n\nIhr ${product}-Abonnement ist wieder aktiv: Der offene Betrag von ${amount} (Rechnung ${invoice}) ` +
    `wurde bezahlt. Sie müssen nichts weiter tun.\n\n${business}`,
};

export default strings;
