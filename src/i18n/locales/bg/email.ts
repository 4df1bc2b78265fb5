import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'email'> = {
  'email.login.subject': (business) => `Вашата връзка за влизане в ${business}`,
  'email.login.body': (name, business, url, hours) =>
    `Здравейте, ${name},\n\nИзползвайте тази връзка, за да управлявате таксуването си при ${business}:\n\n${url}\n\n` +
    `Връзката работи еднократно и изтича след ${plural('bg', hours, { one: '# час', other: '# часа' })}. Ако не сте я заявили, можете да пренебрегнете този имейл.`,
  'email.paymentSucceeded.subject': (amount, invoice) => `Получено плащане от ${amount} за фактура ${invoice}`,
  'email.paymentSucceeded.body': (name, amount, invoice, method, business) =>
    `Здравейте, ${name},\n\nПолучихме плащането ви от ${amount} за фактура ${invoice}, извършено с ${method}. Благодарим ви.\n\n${business}`,
  'email.reactivated.subject': (product) => `Абонаментът ви ${product} отново е активен`,
  'email.reactivated.body': (name, product, amount, invoice, business) =>
    `Здравейте, ${name},\n\nАбонаментът ви ${product} отново е активен: неплатената сума от ${amount} (фактура ${invoice}) ` +
    `е платена. Не е нужно да правите нищо повече.\n\n${business}`,
};

export default strings;
