import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

/** Status adjectives: singular and plural. */
const S: Record<string, [string, string]> = {
  paid: ['betalt', 'betalte'],
  open: ['åpen', 'åpne'],
  void: ['ugyldig', 'ugyldige'],
  uncollectible: ['ikke innkrevbar', 'ikke innkrevbare'],
};
const more = (hasMore: boolean) => (hasMore ? ', flere tilgjengelig' : '');

const strings: NamespaceStrings<'invoices'> = {
  'invoices.title': 'Fakturaer',
  'invoices.caption': 'Fakturahistorikk',
  'invoices.column.number': 'Nummer',
  'invoices.column.date': 'Dato',
  'invoices.column.amount': 'Beløp',
  'invoices.column.status': 'Status',
  'invoices.column.download': 'Faktura-PDF',
  'invoices.download': 'PDF',
  'invoices.download.label': (number) => `Last ned faktura ${number} som PDF`,
  'invoices.loading': 'Laster inn fakturaer…',
  'invoices.empty': 'Ingen fakturaer ennå. De vises her når du har blitt fakturert.',
  'invoices.more': 'Vis flere fakturaer',
  'invoices.loadingMore': 'Laster inn flere fakturaer…',
  'invoices.loaded': (count, hasMore) =>
    `${plural('nb', count, { one: 'Én faktura vises', other: '# fakturaer vises' })}${more(hasMore)}.`,
  'invoices.signedOut': 'Logg inn for å se fakturaene dine.',
  'invoices.status.draft': 'Utkast',
  'invoices.status.open': 'Åpen',
  'invoices.status.paid': 'Betalt',
  'invoices.status.void': 'Ugyldig',
  'invoices.status.uncollectible': 'Ikke innkrevbar',
  'invoices.column.description': 'Beskrivelse',
  'invoices.column.actions': 'Handlinger',
  'invoices.pay': 'Betal',
  'invoices.pay.label': (number, amount) => `Betal faktura ${number}, ${amount} å betale`,
  'invoices.filter': 'Status',
  'invoices.filter.all': 'Alle',
  'invoices.filtered': (status, count, hasMore) => {
    const [one, many] = S[status] ?? [status, status];
    return `${plural('nb', count, { one: `Én ${one} faktura vises`, other: `# ${many} fakturaer vises` })}${more(hasMore)}.`;
  },
  'invoices.filterEmpty': (status) => `Ingen ${S[status]?.[1] ?? status} fakturaer.`,
  'invoices.window': (first, last) => `Viser fakturaer ${first}–${last}`,
  'invoices.windowLoaded': (first, last, hasMore) => `Viser fakturaer ${first}–${last}${more(hasMore)}.`,
  'invoices.newest': 'Tilbake til nyeste',
  'invoices.newestShown': 'Viser de nyeste fakturaene.',
  'invoices.paid': (number) => `Faktura ${number} er betalt.`,
};

export default strings;
