import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'email'> = {
  'email.login.subject': (business) => `Váš prihlasovací odkaz pre ${business}`,
  'email.login.body': (name, business, url, hours) =>
    `Dobrý deň, ${name},\n\npomocou tohto odkazu môžete spravovať fakturáciu u ${business}:\n\n${url}\n\n` +
    `Odkaz funguje raz a jeho platnosť vyprší o ${plural('sk', hours, { one: '# hodinu', few: '# hodiny', many: '# hodiny', other: '# hodín' })}. Ak ste oň nežiadali, môžete tento e-mail ignorovať.`,
  'email.paymentSucceeded.subject': (amount, invoice) => `Platba ${amount} za faktúru ${invoice} bola prijatá`,
  'email.paymentSucceeded.body': (name, amount, invoice, method, business) =>
    `Dobrý deň, ${name},\n\nprijali sme vašu platbu ${amount} za faktúru ${invoice} (spôsob platby: ${method}). Ďakujeme.\n\n${business}`,
  'email.reactivated.subject': (product) => `Vaše predplatné ${product} je opäť aktívne`,
  'email.reactivated.body': (name, product, amount, invoice, business) =>
    `Dobrý deň, ${name},\n\nvaše predplatné ${product} je opäť aktívne: dlžná suma ${amount} (faktúra ${invoice}) ` +
    `bola uhradená. Nemusíte už nič robiť.\n\n${business}`,
};

export default strings;
