import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'email'> = {
  'email.login.subject': (business) => `Teie sisselogimislink: ${business}`,
  'email.login.body': (name, business, url, hours) =>
    `Tere, ${name}!\n\nKasutage seda linki, et hallata oma arveldust ettevõttes ${business}:\n\n${url}\n\n` +
    `Link töötab ühe korra ja aegub ${plural('et', hours, { one: '# tunni', other: '# tunni' })} pärast. Kui te seda ei taotlenud, võite selle e-kirja tähelepanuta jätta.`,
  'email.paymentSucceeded.subject': (amount, invoice) => `Makse ${amount} arve ${invoice} eest on kätte saadud`,
  'email.paymentSucceeded.body': (name, amount, invoice, method, business) =>
    `Tere, ${name}!\n\nSaime teie makse ${amount} arve ${invoice} eest (makseviis: ${method}). Aitäh!\n\n${business}`,
  'email.reactivated.subject': (product) => `Teie tellimus ${product} on taas aktiivne`,
  'email.reactivated.body': (name, product, amount, invoice, business) =>
    `Tere, ${name}!\n\nTeie tellimus ${product} on taas aktiivne: tasumata summa ${amount} (arve ${invoice}) ` +
    `on makstud. Teilt pole rohkem midagi vaja.\n\n${business}`,
};

export default strings;
