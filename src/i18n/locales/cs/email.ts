import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'email'> = {
  'email.login.subject': (business) => `Váš přihlašovací odkaz pro ${business}`,
  'email.login.body': (name, business, url, hours) =>
    `Dobrý den, ${name},\n\npomocí tohoto odkazu můžete spravovat fakturaci u ${business}:\n\n${url}\n\n` +
    `Odkaz funguje jednou a jeho platnost vyprší za ${plural('cs', hours, { one: '# hodinu', few: '# hodiny', many: '# hodiny', other: '# hodin' })}. Pokud jste o něj nežádali, můžete tento e-mail ignorovat.`,
  'email.paymentSucceeded.subject': (amount, invoice) => `Platba ${amount} za fakturu ${invoice} přijata`,
  'email.paymentSucceeded.body': (name, amount, invoice, method, business) =>
    `Dobrý den, ${name},\n\nobdrželi jsme vaši platbu ${amount} za fakturu ${invoice} (platební metoda: ${method}). Děkujeme.\n\n${business}`,
  'email.reactivated.subject': (product) => `Vaše předplatné ${product} je opět aktivní`,
  'email.reactivated.body': (name, product, amount, invoice, business) =>
    `Dobrý den, ${name},\n\nvaše předplatné ${product} je opět aktivní: dlužná částka ${amount} (faktura ${invoice}) ` +
    `byla uhrazena. Nemusíte už nic dělat.\n\n${business}`,
};

export default strings;
