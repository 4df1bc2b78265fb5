import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'email'> = {
  'email.login.subject': (business) => `Tu enlace de acceso a ${business}`,
  'email.login.body': (name, business, url, hours) =>
    `Hola, ${name}:\n\nUsa este enlace para gestionar tu facturación con ${business}:\n\n${url}\n\n` +
    `El enlace funciona una sola vez y caduca en ${hours} horas. Si no lo has solicitado, ignora este correo.`,
  'email.paymentSucceeded.subject': (amount, invoice) => `Hemos recibido el pago de ${amount} de la factura ${invoice}`,
  'email.paymentSucceeded.body': (name, amount, invoice, method, business) =>
    `Hola, ${name}:\n\nHemos recibido tu pago de ${amount} de la factura ${invoice}, abonado con ${method}. Gracias.\n\n${business}`,
  'email.reactivated.subject': (product) => `Tu suscripción a ${product} vuelve a estar activa`,
  'email.reactivated.body': (name, product, amount, invoice, business) =>
    `Hola, ${name}:\n\nTu suscripción a ${product} vuelve a estar activa: el importe pendiente de ${amount} (factura ${invoice}) ` +
    `se ha pagado. No tienes que hacer nada más.\n\n${business}`,
};

export default strings;
