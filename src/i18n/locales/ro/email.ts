import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'email'> = {
  'email.login.subject': (business) => `Linkul dvs. de conectare pentru ${business}`,
  'email.login.body': (name, business, url, hours) =>
    `Bună ziua, ${name},\n\nFolosiți acest link pentru a vă gestiona facturarea la ${business}:\n\n${url}\n\n` +
    `Linkul funcționează o singură dată și expiră în ${plural('ro', hours, { one: '# oră', few: '# ore', other: '# de ore' })}. Dacă nu l-ați solicitat, puteți ignora acest e-mail.`,
  'email.paymentSucceeded.subject': (amount, invoice) => `Plata de ${amount} pentru factura ${invoice} a fost primită`,
  'email.paymentSucceeded.body': (name, amount, invoice, method, business) =>
    `Bună ziua, ${name},\n\nAm primit plata dvs. de ${amount} pentru factura ${invoice}, efectuată cu ${method}. Vă mulțumim.\n\n${business}`,
  'email.reactivated.subject': (product) => `Abonamentul dvs. ${product} este din nou activ`,
  'email.reactivated.body': (name, product, amount, invoice, business) =>
    `Bună ziua, ${name},\n\nAbonamentul dvs. ${product} este din nou activ: suma restantă de ${amount} (factura ${invoice}) ` +
    `a fost plătită. Nu mai trebuie să faceți nimic.\n\n${business}`,
};

export default strings;
