import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'email'> = {
  'email.login.subject': (business) => `Vaša poveznica za prijavu – ${business}`,
  'email.login.body': (name, business, url, hours) =>
    `Poštovani/a ${name},\n\nputem ove poveznice možete upravljati naplatom kod ${business}:\n\n${url}\n\n` +
    `Poveznica radi jednom i istječe za ${plural('hr', hours, { one: '# sat', few: '# sata', other: '# sati' })}. Ako je niste zatražili, možete zanemariti ovu poruku.`,
  'email.paymentSucceeded.subject': (amount, invoice) => `Primljena uplata od ${amount} za račun ${invoice}`,
  'email.paymentSucceeded.body': (name, amount, invoice, method, business) =>
    `Poštovani/a ${name},\n\nprimili smo vašu uplatu od ${amount} za račun ${invoice} (način plaćanja: ${method}). Hvala vam.\n\n${business}`,
  'email.reactivated.subject': (product) => `Vaša pretplata ${product} ponovno je aktivna`,
  'email.reactivated.body': (name, product, amount, invoice, business) =>
    `Poštovani/a ${name},\n\nvaša pretplata ${product} ponovno je aktivna: dugovani iznos od ${amount} (račun ${invoice}) ` +
    `je plaćen. Ne morate ništa više poduzeti.\n\n${business}`,
};

export default strings;
