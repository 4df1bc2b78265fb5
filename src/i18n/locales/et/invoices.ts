import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

/** Status adjectives: nominative and partitive singular (after a number, after „ühtegi“). */
const S: Record<string, [string, string]> = {
  paid: ['makstud', 'makstud'],
  open: ['avatud', 'avatud'],
  void: ['tühistatud', 'tühistatud'],
  uncollectible: ['sissenõudmatu', 'sissenõudmatut'],
};
const more = (hasMore: boolean) => (hasMore ? ', neid on veel' : '');

const strings: NamespaceStrings<'invoices'> = {
  'invoices.title': 'Arved',
  'invoices.caption': 'Arvete ajalugu',
  'invoices.column.number': 'Number',
  'invoices.column.date': 'Kuupäev',
  'invoices.column.amount': 'Summa',
  'invoices.column.status': 'Olek',
  'invoices.column.download': 'Arve PDF',
  'invoices.download': 'PDF',
  'invoices.download.label': (number) => `Laadi alla arve ${number} PDF-failina`,
  'invoices.loading': 'Arvete laadimine…',
  'invoices.empty': 'Arveid veel pole. Need ilmuvad siia pärast esimest arveldust.',
  'invoices.more': 'Näita rohkem arveid',
  'invoices.loadingMore': 'Rohkemate arvete laadimine…',
  'invoices.loaded': (count, hasMore) =>
    `${plural('et', count, { one: 'Kuvatud on üks arve', other: 'Kuvatud on # arvet' })}${more(hasMore)}.`,
  'invoices.signedOut': 'Logige sisse, et näha oma arveid.',
  'invoices.status.draft': 'Mustand',
  'invoices.status.open': 'Avatud',
  'invoices.status.paid': 'Makstud',
  'invoices.status.void': 'Tühistatud',
  'invoices.status.uncollectible': 'Sissenõudmatu',
  'invoices.column.description': 'Kirjeldus',
  'invoices.column.actions': 'Toimingud',
  'invoices.pay': 'Maksa',
  'invoices.pay.label': (number, amount) => `Maksa arve ${number}, tasuda ${amount}`,
  'invoices.filter': 'Olek',
  'invoices.filter.all': 'Kõik',
  'invoices.filtered': (status, count, hasMore) => {
    const [one, many] = S[status] ?? [status, status];
    return `${plural('et', count, { one: `Kuvatud on üks ${one} arve`, other: `Kuvatud on # ${many} arvet` })}${more(hasMore)}.`;
  },
  'invoices.filterEmpty': (status) => `Pole ühtegi ${S[status]?.[1] ?? status} arvet.`,
  'invoices.window': (first, last) => `Kuvatud on arved ${first}–${last}`,
  'invoices.windowLoaded': (first, last, hasMore) => `Kuvatud on arved ${first}–${last}${more(hasMore)}.`,
  'invoices.newest': 'Tagasi uusimate juurde',
  'invoices.newestShown': 'Kuvatud on uusimad arved.',
  'invoices.paid': (number) => `Arve ${number} on makstud.`,
};

export default strings;
