import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const offline = 'Нямате връзка с интернет. Действията по таксуването са спрени, докато връзката не се възстанови.';

const strings: NamespaceStrings<'common'> = {
  'session.warning': 'От съображения за сигурност сесията ви ще изтече след около минута, освен ако не я удължите.',
  'session.warningFinal': 'От съображения за сигурност сесията ви ще изтече след около минута. След това влезте отново, за да продължите.',
  'session.stay': 'Удължаване на сесията',
  'session.offline': offline,
  'session.expired.title': 'Сесията ви изтече',
  'session.expired.body': 'От съображения за сигурност излязохте автоматично след период на неактивност.',
  'session.loggedOut.title': 'Излязохте от профила си',
  'session.loggedOut.body': 'Данните ви за таксуване вече не се показват на тази страница.',
  'session.invalidLink.title': 'Тази връзка за влизане не може да се използва',
  'session.invalidLink.body': 'Валидността ѝ е изтекла или вече е използвана. Въведете имейла си и ще ви изпратим нова.',
  'session.signingIn': 'Влизане…',
  'session.return': (business) => `Обратно към ${business}`,
  'session.returnGeneric': 'Обратно към сайта',
  'session.renewFailed': 'Не успяхме да подновим сесията ви. Влезте отново, за да продължите.',
  'login.title': 'Влезте, за да управлявате таксуването',
  'login.intro': 'Въведете имейла, който използвахте при покупката. Ще ви изпратим защитена връзка за влизане.',
  'login.email': 'Имейл',
  'login.submit': 'Изпратете ми връзка за влизане',
  'login.sending': 'Изпращане…',
  'login.invalidEmail': 'Въведете имейл адрес във формат name@example.com.',
  'login.sent.title': 'Проверете входящата си поща',
  'login.sent.body': (email) =>
    `Ако ${email} принадлежи на профил, връзката за влизане вече е на път. Тя работи еднократно и изтича след 24 часа.`,
  'login.again': 'Използване на друг имейл',
  'login.rateLimited': (minutes) =>
    minutes <= 1
      ? 'Твърде много опити. Опитайте отново след минута.'
      : `Твърде много опити. Опитайте отново след ${plural('bg', minutes, { one: '# минута', other: '# минути' })}.`,
  'error.network': 'Не успяхме да се свържем с услугата за таксуване. Проверете връзката си и опитайте отново.',
  'error.expired': 'Сесията ви изтече. Влезте отново, за да продължите.',
  'error.unauthenticated': 'Не сте влезли в профила си.',
  'error.malformed': 'Услугата за таксуване изпрати отговор, който не успяхме да прочетем. Опитайте отново след малко.',
  'error.server': 'Възникна грешка от наша страна. Опитайте отново след малко.',
  'error.rate_limited': 'Твърде много опити. Изчакайте малко и опитайте отново.',
  'error.generic': 'Нещо се обърка. Опитайте отново.',
  'error.offline': offline,
  'error.timeout': 'Услугата за таксуване не отговори навреме. Проверете връзката си и опитайте отново.',
  'action.retry': 'Опитайте отново',
  'app.nav': 'Раздели за таксуване',
  'app.section.subscriptions': 'Абонаменти',
  'app.section.paymentMethods': 'Начини на плащане',
  'app.section.invoices': 'Фактури',
  'app.section.profile': 'Данни за профила',
  'app.section.licenseKeys': 'Лицензионни ключове',
  'app.return': (business) => `Обратно към ${business}`,
  'app.privacy': 'Политика за поверителност',
  'app.terms': 'Общи условия',
  'app.poweredBy': 'Защитен портал за таксуване',
  'app.signOut': 'Изход',
};

export default strings;
