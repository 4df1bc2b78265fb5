import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'email'> = {
  'email.login.subject': (business) => `Kirjautumislinkkisi – ${business}`,
  'email.login.body': (name, business, url, hours) =>
    `Hei ${name},\n\nTällä linkillä voit hallita laskutustasi palvelussa ${business}:\n\n${url}\n\n` +
    `Linkki toimii kerran ja vanhenee ${plural('fi', hours, { one: '# tunnin', other: '# tunnin' })} kuluttua. Jos et pyytänyt sitä, voit jättää tämän viestin huomiotta.`,
  'email.paymentSucceeded.subject': (amount, invoice) => `Maksu ${amount} vastaanotettu laskulle ${invoice}`,
  'email.paymentSucceeded.body': (name, amount, invoice, method, business) =>
    `Hei ${name},\n\nOlemme vastaanottaneet maksusi ${amount} laskulle ${invoice} (maksutapa: ${method}). Kiitos!\n\n${business}`,
  'email.reactivated.subject': (product) => `${product}-tilauksesi on taas aktiivinen`,
  'email.reactivated.body': (name, product, amount, invoice, business) =>
    `Hei ${name},\n\n${product}-tilauksesi on taas aktiivinen: erääntynyt ${amount} (lasku ${invoice}) ` +
    `on maksettu. Sinun ei tarvitse tehdä muuta.\n\n${business}`,
};

export default strings;
