import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'email'> = {
  'email.login.subject': (business) => `Je inloglink voor ${business}`,
  'email.login.body': (name, business, url, hours) =>
    `Hallo ${name},\n\nGebruik deze link om je facturatie bij ${business} te beheren:\n\n${url}\n\n` +
    `De link werkt één keer en verloopt over ${hours} uur. Heb je hem niet aangevraagd, negeer deze e-mail dan.`,
  'email.paymentSucceeded.subject': (amount, invoice) => `Betaling van ${amount} ontvangen voor factuur ${invoice}`,
  'email.paymentSucceeded.body': (name, amount, invoice, method, business) =>
    `Hallo ${name},\n\nWe hebben je betaling van ${amount} voor factuur ${invoice} ontvangen, betaald met ${method}. Bedankt.\n\n${business}`,
  'email.reactivated.subject': (product) => `Je ${product}-abonnement is weer actief`,
  'email.reactivated.body': (name, product, amount, invoice, business) =>
    `Hallo ${name},\n\nJe ${product}-abonnement is weer actief: het openstaande bedrag van ${amount} (factuur ${invoice}) ` +
    `is betaald. Je hoeft verder niets te doen.\n\n${business}`,
};

export default strings;
