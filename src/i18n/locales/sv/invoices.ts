import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

/** Status adjectives: singular and plural. */
const S: Record<string, [string, string]> = {
  paid: ['betald', 'betalda'],
  open: ['öppen', 'öppna'],
  void: ['ogiltig', 'ogiltiga'],
  uncollectible: ['oindrivbar', 'oindrivbara'],
};
const more = (hasMore: boolean) => (hasMore ? ', fler finns' : '');

const strings: NamespaceStrings<'invoices'> = {
  'invoices.title': 'Fakturor',
  'invoices.caption': 'Fakturahistorik',
  'invoices.column.number': 'Nummer',
  'invoices.column.date': 'Datum',
  'invoices.column.amount': 'Belopp',
  'invoices.column.status': 'Status',
  'invoices.column.download': 'Faktura-PDF',
  'invoices.download': 'PDF',
  'invoices.download.label': (number) => `Ladda ned faktura ${number} som PDF`,
  'invoices.loading': 'Läser in fakturor…',
  'invoices.empty': 'Inga fakturor än. De visas här när du har fakturerats.',
  'invoices.more': 'Visa fler fakturor',
  'invoices.loadingMore': 'Läser in fler fakturor…',
  'invoices.loaded': (count, hasMore) =>
    `${plural('sv', count, { one: 'En faktura visas', other: '# fakturor visas' })}${more(hasMore)}.`,
  'invoices.signedOut': 'Logga in för att se dina fakturor.',
  'invoices.status.draft': 'Utkast',
  'invoices.status.open': 'Öppen',
  'invoices.status.paid': 'Betald',
  'invoices.status.void': 'Ogiltig',
  'invoices.status.uncollectible': 'Oindrivbar',
  'invoices.column.description': 'Beskrivning',
  'invoices.column.actions': 'Åtgärder',
  'invoices.pay': 'Betala',
  'invoices.pay.label': (number, amount) => `Betala faktura ${number}, ${amount} att betala`,
  'invoices.filter': 'Status',
  'invoices.filter.all': 'Alla',
  'invoices.filtered': (status, count, hasMore) => {
    const [one, many] = S[status] ?? [status, status];
    return `${plural('sv', count, { one: `En ${one} faktura visas`, other: `# ${many} fakturor visas` })}${more(hasMore)}.`;
  },
  'invoices.filterEmpty': (status) => `Inga ${S[status]?.[1] ?? status} fakturor.`,
  'invoices.window': (first, last) => `Visar fakturor ${first}–${last}`,
  'invoices.windowLoaded': (first, last, hasMore) => `Visar fakturor ${first}–${last}${more(hasMore)}.`,
  'invoices.newest': 'Tillbaka till de senaste',
  'invoices.newestShown': 'De senaste fakturorna visas.',
  'invoices.paid': (number) => `Faktura ${number} är betald.`,
};

export default strings;
