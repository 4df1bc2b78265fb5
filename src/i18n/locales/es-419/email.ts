import type { PartialNamespaceStrings } from '../../locales.js';

const strings: PartialNamespaceStrings<'email'> = {
  'email.login.body': (name, business, url, hours) =>
    `Hola, ${name}:\n\nUsa este enlace para administrar tu facturación con ${business}:\n\n${url}\n\n` +
    `El enlace funciona una sola vez y vence en ${hours} horas. Si no lo solicitaste, ignora este correo.`,
  'email.paymentSucceeded.subject': (amount, invoice) => `Recibimos el pago de ${amount} de la factura ${invoice}`,
  'email.paymentSucceeded.body': (name, amount, invoice, method, business) =>
    `Hola, ${name}:\n\nRecibimos tu pago de ${amount} de la factura ${invoice}, pagado con ${method}. Gracias.\n\n${business}`,
  'email.reactivated.body': (name, product, amount, invoice, business) =>
    `Hola, ${name}:\n\nTu suscripción a ${product} vuelve a estar activa: el monto pendiente de ${amount} (factura ${invoice}) ` +
    `se pagó. No tienes que hacer nada más.\n\n${business}`,
};

export default strings;
