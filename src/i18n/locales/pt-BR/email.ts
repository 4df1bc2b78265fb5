import type { PartialNamespaceStrings } from '../../locales.js';

const strings: PartialNamespaceStrings<'email'> = {
  'email.login.subject': (business) => `Seu link de acesso a ${business}`,
  'email.login.body': (name, business, url, hours) =>
    `Olá, ${name},\n\nUse este link para gerenciar sua cobrança com ${business}:\n\n${url}\n\n` +
    `O link funciona uma vez e expira em ${hours} horas. Se você não pediu este link, ignore este e-mail.`,
  'email.paymentSucceeded.body': (name, amount, invoice, method, business) =>
    `Olá, ${name},\n\nRecebemos seu pagamento de ${amount} referente à fatura ${invoice}, pago com ${method}. Obrigado.\n\n${business}`,
  'email.reactivated.subject': (product) => `Sua assinatura ${product} está ativa novamente`,
  'email.reactivated.body': (name, product, amount, invoice, business) =>
    `Olá, ${name},\n\nSua assinatura ${product} está ativa novamente: o valor em aberto de ${amount} (fatura ${invoice}) ` +
    `foi pago. Você não precisa fazer mais nada.\n\n${business}`,
};

export default strings;
