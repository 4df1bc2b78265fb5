import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

/** Status adjectives: singular, plural, genitive plural. */
const S: Record<string, [string, string, string]> = {
  paid: ['apmokėta', 'apmokėtos', 'apmokėtų'],
  open: ['neapmokėta', 'neapmokėtos', 'neapmokėtų'],
  void: ['anuliuota', 'anuliuotos', 'anuliuotų'],
  uncollectible: ['neišieškotina', 'neišieškotinos', 'neišieškotinų'],
};
const more = (hasMore: boolean) => (hasMore ? ', yra daugiau' : '');

const strings: NamespaceStrings<'invoices'> = {
  'invoices.title': 'Sąskaitos',
  'invoices.caption': 'Sąskaitų istorija',
  'invoices.column.number': 'Numeris',
  'invoices.column.date': 'Data',
  'invoices.column.amount': 'Suma',
  'invoices.column.status': 'Būsena',
  'invoices.column.download': 'Sąskaita (PDF)',
  'invoices.download': 'PDF',
  'invoices.download.label': (number) => `Atsisiųsti sąskaitą ${number} PDF formatu`,
  'invoices.loading': 'Įkeliamos sąskaitos…',
  'invoices.empty': 'Sąskaitų dar nėra. Jos bus rodomos čia, kai jums bus išrašyta sąskaita.',
  'invoices.more': 'Rodyti daugiau sąskaitų',
  'invoices.loadingMore': 'Įkeliama daugiau sąskaitų…',
  'invoices.loaded': (count, hasMore) =>
    `${plural('lt', count, { one: 'Rodoma # sąskaita', few: 'Rodomos # sąskaitos', other: 'Rodoma # sąskaitų' })}${more(hasMore)}.`,
  'invoices.signedOut': 'Prisijunkite, kad matytumėte sąskaitas.',
  'invoices.status.draft': 'Juodraštis',
  'invoices.status.open': 'Neapmokėta',
  'invoices.status.paid': 'Apmokėta',
  'invoices.status.void': 'Anuliuota',
  'invoices.status.uncollectible': 'Neišieškotina',
  'invoices.column.description': 'Aprašymas',
  'invoices.column.actions': 'Veiksmai',
  'invoices.pay': 'Apmokėti',
  'invoices.pay.label': (number, amount) => `Apmokėti sąskaitą ${number}, mokėtina ${amount}`,
  'invoices.filter': 'Būsena',
  'invoices.filter.all': 'Visos',
  'invoices.filtered': (status, count, hasMore) => {
    const [one, few, many] = S[status] ?? [status, status, status];
    return `${plural('lt', count, { one: `Rodoma # ${one} sąskaita`, few: `Rodomos # ${few} sąskaitos`, other: `Rodoma # ${many} sąskaitų` })}${more(hasMore)}.`;
  },
  'invoices.filterEmpty': (status) => `Nėra ${S[status]?.[2] ?? status} sąskaitų.`,
  'invoices.window': (first, last) => `Rodomos sąskaitos ${first}–${last}`,
  'invoices.windowLoaded': (first, last, hasMore) => `Rodomos sąskaitos ${first}–${last}${more(hasMore)}.`,
  'invoices.newest': 'Grįžti į naujausias',
  'invoices.newestShown': 'Rodomos naujausios sąskaitos.',
  'invoices.paid': (number) => `Sąskaita ${number} apmokėta.`,
};

export default strings;
