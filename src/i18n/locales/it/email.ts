import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'email'> = {
  'email.login.subject': (business) => `Il tuo link di accesso a ${business}`,
  'email.login.body': (name, business, url, hours) =>
    `Ciao ${name},\n\nUsa questo link per gestire la fatturazione con ${business}:\n\n${url}\n\n` +
    `Il link funziona una sola volta e scade tra ${hours} ore. Se non l’hai richiesto, ignora questa email.`,
  'email.paymentSucceeded.subject': (amount, invoice) => `Pagamento di ${amount} ricevuto per la fattura ${invoice}`,
  'email.paymentSucceeded.body': (name, amount, invoice, method, business) =>
    `Ciao ${name},\n\nabbiamo ricevuto il tuo pagamento di ${amount} per la fattura ${invoice}, effettuato con ${method}. Grazie.\n\n${business}`,
  'email.reactivated.subject': (product) => `Il tuo abbonamento ${product} è di nuovo attivo`,
  'email.reactivated.body': (name, product, amount, invoice, business) =>
    `Ciao ${name},\n\nil tuo abbonamento ${product} è di nuovo attivo: l’importo dovuto di ${amount} (fattura ${invoice}) ` +
    `è stato pagato. Non devi fare altro.\n\n${business}`,
};

export default strings;
