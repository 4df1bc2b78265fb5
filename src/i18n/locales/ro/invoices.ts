import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

/** Status adjectives (feminine, factură): singular, plural. */
const adjectives: Record<string, readonly [string, string]> = {
  paid: ['plătită', 'plătite'],
  open: ['deschisă', 'deschise'],
  void: ['anulată', 'anulate'],
  uncollectible: ['irecuperabilă', 'irecuperabile'],
};
const adjective = (status: string) => adjectives[status] ?? [status, status];
const more = (hasMore: boolean) => (hasMore ? ', mai sunt și altele' : '');

const strings: NamespaceStrings<'invoices'> = {
  'invoices.title': 'Facturi',
  'invoices.caption': 'Istoricul facturilor',
  'invoices.column.number': 'Număr',
  'invoices.column.date': 'Dată',
  'invoices.column.amount': 'Sumă',
  'invoices.column.status': 'Stare',
  'invoices.column.download': 'Factură PDF',
  'invoices.download': 'PDF',
  'invoices.download.label': (number) => `Descărcați factura ${number} în format PDF`,
  'invoices.loading': 'Se încarcă facturile…',
  'invoices.empty': 'Nu există încă facturi. Vor apărea aici după prima facturare.',
  'invoices.more': 'Afișați mai multe facturi',
  'invoices.loadingMore': 'Se încarcă mai multe facturi…',
  'invoices.loaded': (count, hasMore) =>
    `${plural('ro', count, { one: 'O factură afișată', few: '# facturi afișate', other: '# de facturi afișate' })}${more(hasMore)}.`,
  'invoices.signedOut': 'Conectați-vă pentru a vedea facturile.',
  'invoices.status.draft': 'Ciornă',
  'invoices.status.open': 'Deschisă',
  'invoices.status.paid': 'Plătită',
  'invoices.status.void': 'Anulată',
  'invoices.status.uncollectible': 'Irecuperabilă',
  'invoices.column.description': 'Descriere',
  'invoices.column.actions': 'Acțiuni',
  'invoices.pay': 'Plătiți',
  'invoices.pay.label': (number, amount) => `Plătiți factura ${number}, de plată ${amount}`,
  'invoices.filter': 'Stare',
  'invoices.filter.all': 'Toate',
  'invoices.filtered': (status, count, hasMore) => {
    const [one, many] = adjective(status);
    const shown = plural('ro', count, {
      one: `O factură ${one} afișată`,
      few: `# facturi ${many} afișate`,
      other: `# de facturi ${many} afișate`,
    });
    return `${shown}${more(hasMore)}.`;
  },
  'invoices.filterEmpty': (status) => `Nicio factură ${adjective(status)[0]}.`,
  'invoices.window': (first, last) => `Se afișează facturile ${first}–${last}`,
  'invoices.windowLoaded': (first, last, hasMore) => `Se afișează facturile ${first}–${last}${more(hasMore)}.`,
  'invoices.newest': 'Înapoi la cele mai noi',
  'invoices.newestShown': 'Se afișează cele mai noi facturi.',
  'invoices.paid': (number) => `Factura ${number} a fost plătită.`,
};

export default strings;
