import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

type Status = 'paid' | 'open' | 'void' | 'uncollectible';
/** The adjective: after 1 (nominative singular), after other counts (genitive plural). */
const one: Record<Status, string> = { paid: 'оплаченный', open: 'открытый', void: 'аннулированный', uncollectible: 'безнадёжный' };
const many: Record<Status, string> = { paid: 'оплаченных', open: 'открытых', void: 'аннулированных', uncollectible: 'безнадёжных' };
const more = (hasMore: boolean) => (hasMore ? ', есть ещё' : '');

const strings: NamespaceStrings<'invoices'> = {
  'invoices.title': 'Счета',
  'invoices.caption': 'История счетов',
  'invoices.column.number': 'Номер',
  'invoices.column.date': 'Дата',
  'invoices.column.amount': 'Сумма',
  'invoices.column.status': 'Статус',
  'invoices.column.download': 'PDF счёта',
  'invoices.download': 'PDF',
  'invoices.download.label': (number) => `Скачать счёт ${number} в PDF`,
  'invoices.loading': 'Загрузка счетов…',
  'invoices.empty': 'Счетов пока нет. Они появятся здесь после первого списания.',
  'invoices.more': 'Показать ещё счета',
  'invoices.loadingMore': 'Загрузка других счетов…',
  'invoices.loaded': (count, hasMore) =>
    `Показано: ${plural('ru', count, { one: '# счёт', few: '# счёта', many: '# счетов', other: '# счёта' })}${more(hasMore)}.`,
  'invoices.signedOut': 'Войдите, чтобы увидеть свои счета.',
  'invoices.status.draft': 'Черновик',
  'invoices.status.open': 'Открыт',
  'invoices.status.paid': 'Оплачен',
  'invoices.status.void': 'Аннулирован',
  'invoices.status.uncollectible': 'Безнадёжный',
  'invoices.column.description': 'Описание',
  'invoices.column.actions': 'Действия',
  'invoices.pay': 'Оплатить',
  'invoices.pay.label': (number, amount) => `Оплатить счёт ${number}, к оплате ${amount}`,
  'invoices.filter': 'Статус',
  'invoices.filter.all': 'Все',
  'invoices.filtered': (status, count, hasMore) => {
    const a = one[status] ?? status;
    const b = many[status] ?? status;
    const forms = { one: `# ${a} счёт`, few: `# ${b} счёта`, many: `# ${b} счетов`, other: `# ${b} счёта` };
    return `Показано: ${plural('ru', count, forms)}${more(hasMore)}.`;
  },
  'invoices.filterEmpty': (status) => `Нет ${many[status] ?? status} счетов.`,
  'invoices.window': (first, last) => `Счета ${first}–${last}`,
  'invoices.windowLoaded': (first, last, hasMore) => `Показаны счета ${first}–${last}${more(hasMore)}.`,
  'invoices.newest': 'К последним счетам',
  'invoices.newestShown': 'Показаны последние счета.',
  'invoices.paid': (number) => `Счёт ${number} оплачен.`,
};

export default strings;
