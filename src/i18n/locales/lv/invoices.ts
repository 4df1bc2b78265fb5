import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

/** Status adjectives: singular, plural, genitive plural. */
const S: Record<string, [string, string, string]> = {
  paid: ['apmaksāts', 'apmaksāti', 'apmaksātu'],
  open: ['atvērts', 'atvērti', 'atvērtu'],
  void: ['anulēts', 'anulēti', 'anulētu'],
  uncollectible: ['neatgūstams', 'neatgūstami', 'neatgūstamu'],
};
const more = (hasMore: boolean) => (hasMore ? ', ir vēl citi' : '');

const strings: NamespaceStrings<'invoices'> = {
  'invoices.title': 'Rēķini',
  'invoices.caption': 'Rēķinu vēsture',
  'invoices.column.number': 'Numurs',
  'invoices.column.date': 'Datums',
  'invoices.column.amount': 'Summa',
  'invoices.column.status': 'Statuss',
  'invoices.column.download': 'Rēķins (PDF)',
  'invoices.download': 'PDF',
  'invoices.download.label': (number) => `Lejupielādēt rēķinu ${number} PDF formātā`,
  'invoices.loading': 'Ielādē rēķinus…',
  'invoices.empty': 'Rēķinu vēl nav. Tie būs redzami šeit, kad jums tiks izrakstīts rēķins.',
  'invoices.more': 'Rādīt vairāk rēķinu',
  'invoices.loadingMore': 'Ielādē vēl rēķinus…',
  'invoices.loaded': (count, hasMore) =>
    `${plural('lv', count, { one: 'Parādīts # rēķins', other: 'Parādīti # rēķini' })}${more(hasMore)}.`,
  'invoices.signedOut': 'Piesakieties, lai skatītu savus rēķinus.',
  'invoices.status.draft': 'Melnraksts',
  'invoices.status.open': 'Atvērts',
  'invoices.status.paid': 'Apmaksāts',
  'invoices.status.void': 'Anulēts',
  'invoices.status.uncollectible': 'Neatgūstams',
  'invoices.column.description': 'Apraksts',
  'invoices.column.actions': 'Darbības',
  'invoices.pay': 'Apmaksāt',
  'invoices.pay.label': (number, amount) => `Apmaksāt rēķinu ${number}, jāmaksā ${amount}`,
  'invoices.filter': 'Statuss',
  'invoices.filter.all': 'Visi',
  'invoices.filtered': (status, count, hasMore) => {
    const [one, many] = S[status] ?? [status, status];
    return `${plural('lv', count, { one: `Parādīts # ${one} rēķins`, other: `Parādīti # ${many} rēķini` })}${more(hasMore)}.`;
  },
  'invoices.filterEmpty': (status) => `Nav ${S[status]?.[2] ?? status} rēķinu.`,
  'invoices.window': (first, last) => `Rāda rēķinus ${first}–${last}`,
  'invoices.windowLoaded': (first, last, hasMore) => `Rāda rēķinus ${first}–${last}${more(hasMore)}.`,
  'invoices.newest': 'Atpakaļ uz jaunākajiem',
  'invoices.newestShown': 'Tiek rādīti jaunākie rēķini.',
  'invoices.paid': (number) => `Rēķins ${number} apmaksāts.`,
};

export default strings;
