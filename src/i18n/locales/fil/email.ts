import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'email'> = {
  'email.login.subject': (business) => `Ang iyong sign-in link para sa ${business}`,
  'email.login.body': (name, business, url, hours) =>
    `Kumusta ${name},\n\nGamitin ang link na ito para pamahalaan ang pagsingil mo sa ${business}:\n\n${url}\n\n` +
    `Isang beses lang gagana ang link at mag-e-expire ito sa loob ng ${plural('fil', hours, { one: '# oras', other: '# oras' })}. Kung hindi mo ito hiniling, puwede mong balewalain ang email na ito.`,
  'email.paymentSucceeded.subject': (amount, invoice) => `Natanggap ang bayad na ${amount} para sa invoice ${invoice}`,
  'email.paymentSucceeded.body': (name, amount, invoice, method, business) =>
    `Kumusta ${name},\n\nNatanggap namin ang bayad mo na ${amount} para sa invoice ${invoice}, na binayaran gamit ang ${method}. Salamat.\n\n${business}`,
  'email.reactivated.subject': (product) => `Aktibo na ulit ang ${product} subscription mo`,
  'email.reactivated.body': (name, product, amount, invoice, business) =>
    `Kumusta ${name},\n\nAktibo na ulit ang ${product} subscription mo: nabayaran na ang natitirang ${amount} (invoice ${invoice}). ` +
    `Wala ka nang kailangang gawin.\n\n${business}`,
};

export default strings;
