import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'email'> = {
  'email.login.subject': (business) => `Povezava za prijavo – ${business}`,
  'email.login.body': (name, business, url, hours) =>
    `Pozdravljeni, ${name}!\n\nS to povezavo lahko upravljate obračunavanje pri ${business}:\n\n${url}\n\n` +
    `Povezava deluje enkrat in poteče čez ${plural('sl', hours, { one: '# uro', two: '# uri', few: '# ure', other: '# ur' })}. Če je niste zahtevali, lahko to sporočilo prezrete.`,
  'email.paymentSucceeded.subject': (amount, invoice) => `Prejeto plačilo ${amount} za račun ${invoice}`,
  'email.paymentSucceeded.body': (name, amount, invoice, method, business) =>
    `Pozdravljeni, ${name}!\n\nPrejeli smo vaše plačilo v znesku ${amount} za račun ${invoice} (plačilno sredstvo: ${method}). Hvala.\n\n${business}`,
  'email.reactivated.subject': (product) => `Vaša naročnina ${product} je znova aktivna`,
  'email.reactivated.body': (name, product, amount, invoice, business) =>
    `Pozdravljeni, ${name}!\n\nVaša naročnina ${product} je znova aktivna: dolgovani znesek ${amount} (račun ${invoice}) ` +
    `je poravnan. Ničesar več vam ni treba storiti.\n\n${business}`,
};

export default strings;
