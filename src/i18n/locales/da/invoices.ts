import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

/** Status adjectives: singular and plural. */
const S: Record<string, [string, string]> = {
  paid: ['betalt', 'betalte'],
  open: ['åben', 'åbne'],
  void: ['annulleret', 'annullerede'],
  uncollectible: ['uerholdelig', 'uerholdelige'],
};
const more = (hasMore: boolean) => (hasMore ? ', flere tilgængelige' : '');

const strings: NamespaceStrings<'invoices'> = {
  'invoices.title': 'Fakturaer',
  'invoices.caption': 'Fakturahistorik',
  'invoices.column.number': 'Nummer',
  'invoices.column.date': 'Dato',
  'invoices.column.amount': 'Beløb',
  'invoices.column.status': 'Status',
  'invoices.column.download': 'Faktura-PDF',
  'invoices.download': 'PDF',
  'invoices.download.label': (number) => `Download faktura ${number} som PDF`,
  'invoices.loading': 'Indlæser fakturaer…',
  'invoices.empty': 'Ingen fakturaer endnu. De vises her, når du er blevet faktureret.',
  'invoices.more': 'Vis flere fakturaer',
  'invoices.loadingMore': 'Indlæser flere fakturaer…',
  'invoices.loaded': (count, hasMore) =>
    `${plural('da', count, { one: 'Én faktura', other: '# fakturaer' })} vist${more(hasMore)}.`,
  'invoices.signedOut': 'Log ind for at se dine fakturaer.',
  'invoices.status.draft': 'Kladde',
  'invoices.status.open': 'Åben',
  'invoices.status.paid': 'Betalt',
  'invoices.status.void': 'Annulleret',
  'invoices.status.uncollectible': 'Uerholdelig',
  'invoices.column.description': 'Beskrivelse',
  'invoices.column.actions': 'Handlinger',
  'invoices.pay': 'Betal',
  'invoices.pay.label': (number, amount) => `Betal faktura ${number}, ${amount} til betaling`,
  'invoices.filter': 'Status',
  'invoices.filter.all': 'Alle',
  'invoices.filtered': (status, count, hasMore) => {
    const [one, many] = S[status] ?? [status, status];
    return `${plural('da', count, { one: `Én ${one} faktura`, other: `# ${many} fakturaer` })} vist${more(hasMore)}.`;
  },
  'invoices.filterEmpty': (status) => `Ingen ${S[status]?.[1] ?? status} fakturaer.`,
  'invoices.window': (first, last) => `Viser fakturaer ${first}–${last}`,
  'invoices.windowLoaded': (first, last, hasMore) => `Viser fakturaer ${first}–${last}${more(hasMore)}.`,
  'invoices.newest': 'Tilbage til nyeste',
  'invoices.newestShown': 'Viser de nyeste fakturaer.',
  'invoices.paid': (number) => `Faktura ${number} er betalt.`,
};

export default strings;
