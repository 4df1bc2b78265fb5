import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'email'> = {
  'email.login.subject': (business) => `Jūsu pieteikšanās saite: ${business}`,
  'email.login.body': (name, business, url, hours) =>
    `Labdien, ${name}!\n\nIzmantojiet šo saiti, lai pārvaldītu norēķinus ar uzņēmumu ${business}:\n\n${url}\n\n` +
    `Saite darbojas vienu reizi un zaudē derīgumu pēc ${plural('lv', hours, { one: '# stundas', other: '# stundām' })}. Ja to nepieprasījāt, varat šo e-pastu ignorēt.`,
  'email.paymentSucceeded.subject': (amount, invoice) => `Saņemts maksājums ${amount} par rēķinu ${invoice}`,
  'email.paymentSucceeded.body': (name, amount, invoice, method, business) =>
    `Labdien, ${name}!\n\nMēs saņēmām jūsu maksājumu ${amount} par rēķinu ${invoice} (maksājuma veids: ${method}). Paldies!\n\n${business}`,
  'email.reactivated.subject': (product) => `Jūsu abonements ${product} atkal ir aktīvs`,
  'email.reactivated.body': (name, product, amount, invoice, business) =>
    `Labdien, ${name}!\n\nJūsu abonements ${product} atkal ir aktīvs: nesamaksātā summa ${amount} (rēķins ${invoice}) ` +
    `ir samaksāta. Jums nekas vairāk nav jādara.\n\n${business}`,
};

export default strings;
