import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

/** Status adjectives (feminine, фактура): singular, plural. */
const adjectives: Record<string, readonly [string, string]> = {
  paid: ['платена', 'платени'],
  open: ['отворена', 'отворени'],
  void: ['анулирана', 'анулирани'],
  uncollectible: ['несъбираема', 'несъбираеми'],
};
const adjective = (status: string) => adjectives[status] ?? [status, status];
const more = (hasMore: boolean) => (hasMore ? ', има още' : '');

const strings: NamespaceStrings<'invoices'> = {
  'invoices.title': 'Фактури',
  'invoices.caption': 'История на фактурите',
  'invoices.column.number': 'Номер',
  'invoices.column.date': 'Дата',
  'invoices.column.amount': 'Сума',
  'invoices.column.status': 'Статус',
  'invoices.column.download': 'Фактура в PDF',
  'invoices.download': 'PDF',
  'invoices.download.label': (number) => `Изтегляне на фактура ${number} като PDF`,
  'invoices.loading': 'Зареждане на фактурите…',
  'invoices.empty': 'Все още няма фактури. Те ще се появят тук след първото таксуване.',
  'invoices.more': 'Показване на още фактури',
  'invoices.loadingMore': 'Зареждане на още фактури…',
  'invoices.loaded': (count, hasMore) =>
    `${plural('bg', count, { one: 'Показана е една фактура', other: 'Показани са # фактури' })}${more(hasMore)}.`,
  'invoices.signedOut': 'Влезте, за да видите фактурите си.',
  'invoices.status.draft': 'Чернова',
  'invoices.status.open': 'Отворена',
  'invoices.status.paid': 'Платена',
  'invoices.status.void': 'Анулирана',
  'invoices.status.uncollectible': 'Несъбираема',
  'invoices.column.description': 'Описание',
  'invoices.column.actions': 'Действия',
  'invoices.pay': 'Плащане',
  'invoices.pay.label': (number, amount) => `Плащане на фактура ${number}, дължими ${amount}`,
  'invoices.filter': 'Статус',
  'invoices.filter.all': 'Всички',
  'invoices.filtered': (status, count, hasMore) => {
    const [one, other] = adjective(status);
    const shown = plural('bg', count, { one: `Показана е една ${one} фактура`, other: `Показани са # ${other} фактури` });
    return `${shown}${more(hasMore)}.`;
  },
  'invoices.filterEmpty': (status) => `Няма ${adjective(status)[1]} фактури.`,
  'invoices.window': (first, last) => `Показани фактури ${first}–${last}`,
  'invoices.windowLoaded': (first, last, hasMore) => `Показани фактури ${first}–${last}${more(hasMore)}.`,
  'invoices.newest': 'Към най-новите',
  'invoices.newestShown': 'Показани са най-новите фактури.',
  'invoices.paid': (number) => `Фактура ${number} е платена.`,
};

export default strings;
