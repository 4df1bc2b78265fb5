import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'email'> = {
  'email.login.subject': (business) => `Din inloggningslänk för ${business}`,
  'email.login.body': (name, business, url, hours) =>
    `Hej ${name},\n\nAnvänd den här länken för att hantera din fakturering hos ${business}:\n\n${url}\n\n` +
    `Länken fungerar en gång och går ut om ${plural('sv', hours, { one: '# timme', other: '# timmar' })}. Om du inte har begärt den kan du ignorera det här mejlet.`,
  'email.paymentSucceeded.subject': (amount, invoice) => `Betalning på ${amount} mottagen för faktura ${invoice}`,
  'email.paymentSucceeded.body': (name, amount, invoice, method, business) =>
    `Hej ${name},\n\nVi har tagit emot din betalning på ${amount} för faktura ${invoice}, betald med ${method}. Tack!\n\n${business}`,
  'email.reactivated.subject': (product) => `Din ${product}-prenumeration är aktiv igen`,
  'email.reactivated.body': (name, product, amount, invoice, business) =>
    `Hej ${name},\n\nDin ${product}-prenumeration är aktiv igen: det utestående beloppet på ${amount} (faktura ${invoice}) ` +
    `har betalats. Du behöver inte göra något mer.\n\n${business}`,
};

export default strings;
