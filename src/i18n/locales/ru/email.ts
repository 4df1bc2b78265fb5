import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'email'> = {
  'email.login.subject': (business) => `Ваша ссылка для входа в ${business}`,
  'email.login.body': (name, business, url, hours) =>
    `Здравствуйте, ${name}!\n\nПерейдите по этой ссылке, чтобы управлять оплатой в ${business}:\n\n${url}\n\n` +
    `Ссылка одноразовая и действует ${plural('ru', hours, { one: '# час', few: '# часа', many: '# часов', other: '# часа' })}. Если вы её не запрашивали, просто проигнорируйте это письмо.`,
  'email.paymentSucceeded.subject': (amount, invoice) => `Получен платёж ${amount} по счёту ${invoice}`,
  'email.paymentSucceeded.body': (name, amount, invoice, method, business) =>
    `Здравствуйте, ${name}!\n\nМы получили ваш платёж на сумму ${amount} по счёту ${invoice} (способ оплаты: ${method}). Спасибо!\n\n${business}`,
  'email.reactivated.subject': (product) => `Ваша подписка ${product} снова активна`,
  'email.reactivated.body': (name, product, amount, invoice, business) =>
    `Здравствуйте, ${name}!\n\nВаша подписка ${product} снова активна: задолженность ${amount} (счёт ${invoice}) ` +
    `оплачена. Больше от вас ничего не требуется.\n\n${business}`,
};

export default strings;
