import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'email'> = {
  'email.login.subject': (business) => `Jūsų prisijungimo nuoroda: ${business}`,
  'email.login.body': (name, business, url, hours) =>
    `Sveiki, ${name},\n\nŠia nuoroda galite tvarkyti atsiskaitymus su ${business}:\n\n${url}\n\n` +
    `Nuoroda veikia vieną kartą ir nebegalios po ${plural('lt', hours, { one: '# valandos', other: '# valandų' })}. Jei jos neprašėte, šį laišką galite ignoruoti.`,
  'email.paymentSucceeded.subject': (amount, invoice) => `Gautas ${amount} mokėjimas už sąskaitą ${invoice}`,
  'email.paymentSucceeded.body': (name, amount, invoice, method, business) =>
    `Sveiki, ${name},\n\nGavome jūsų ${amount} mokėjimą už sąskaitą ${invoice} (mokėjimo būdas: ${method}). Dėkojame!\n\n${business}`,
  'email.reactivated.subject': (product) => `Jūsų prenumerata ${product} vėl aktyvi`,
  'email.reactivated.body': (name, product, amount, invoice, business) =>
    `Sveiki, ${name},\n\nJūsų prenumerata ${product} vėl aktyvi: nesumokėta ${amount} suma (sąskaita ${invoice}) ` +
    `apmokėta. Daugiau nieko daryti nereikia.\n\n${business}`,
};

export default strings;
