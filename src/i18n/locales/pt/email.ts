import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'email'> = {
  'email.login.subject': (business) => `O seu link de acesso a ${business}`,
  'email.login.body': (name, business, url, hours) =>
    `Olá, ${name},\n\nUse este link para gerir a sua faturação com ${business}:\n\n${url}\n\n` +
    `O link funciona uma vez e expira em ${hours} horas. Se não o pediu, ignore este email.`,
  'email.paymentSucceeded.subject': (amount, invoice) => `Pagamento de ${amount} recebido para a fatura ${invoice}`,
  'email.paymentSucceeded.body': (name, amount, invoice, method, business) =>
    `Olá, ${name},\n\nRecebemos o seu pagamento de ${amount} para a fatura ${invoice}, pago com ${method}. Obrigado.\n\n${business}`,
  'email.reactivated.subject': (product) => `A sua subscrição ${product} está novamente ativa`,
  'email.reactivated.body': (name, product, amount, invoice, business) =>
    `Olá, ${name},\n\nA sua subscrição ${product} está novamente ativa: o valor em dívida de ${amount} (fatura ${invoice}) ` +
    `foi pago. Não precisa de fazer mais nada.\n\n${business}`,
};

export default strings;
