import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'email'> = {
  'email.login.subject': (business) => `Bejelentkezési link – ${business}`,
  'email.login.body': (name, business, url, hours) =>
    `Kedves ${name}!\n\nEzzel a linkkel kezelheti számlázási adatait (${business}):\n\n${url}\n\n` +
    `A link egyszer használható, és ${hours} óra múlva lejár. Ha nem Ön kérte, nyugodtan hagyja figyelmen kívül ezt az e-mailt.`,
  'email.paymentSucceeded.subject': (amount, invoice) => `Befizetés érkezett: ${amount}, számla: ${invoice}`,
  'email.paymentSucceeded.body': (name, amount, invoice, method, business) =>
    `Kedves ${name}!\n\nMegkaptuk befizetését: ${amount}, számla: ${invoice}, fizetési mód: ${method}. Köszönjük.\n\n${business}`,
  'email.reactivated.subject': (product) => `Az Ön ${product}-előfizetése újra aktív`,
  'email.reactivated.body': (name, product, amount, invoice, business) =>
    `Kedves ${name}!\n\nAz Ön ${product}-előfizetése újra aktív: a fennálló ${amount} összegű tartozás (számla: ${invoice}) ` +
    `kiegyenlítésre került. Önnek nincs további teendője.\n\n${business}`,
};

export default strings;
