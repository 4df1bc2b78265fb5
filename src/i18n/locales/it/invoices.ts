import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

/** The status agreeing with « fattura »: singular and plural. */
const one: Record<string, string> = { paid: 'pagata', open: 'aperta', void: 'annullata', uncollectible: 'inesigibile' };
const many: Record<string, string> = { paid: 'pagate', open: 'aperte', void: 'annullate', uncollectible: 'inesigibili' };
const more = (hasMore: boolean) => (hasMore ? ', altre disponibili' : '');

const strings: NamespaceStrings<'invoices'> = {
  'invoices.title': 'Fatture',
  'invoices.caption': 'Cronologia fatture',
  'invoices.column.number': 'Numero',
  'invoices.column.date': 'Data',
  'invoices.column.amount': 'Importo',
  'invoices.column.status': 'Stato',
  'invoices.column.download': 'PDF fattura',
  'invoices.download': 'PDF',
  'invoices.download.label': (number) => `Scarica la fattura ${number} in PDF`,
  'invoices.loading': 'Caricamento fatture…',
  'invoices.empty': 'Ancora nessuna fattura. Compariranno qui dopo il primo addebito.',
  'invoices.more': 'Mostra altre fatture',
  'invoices.loadingMore': 'Caricamento di altre fatture…',
  'invoices.loaded': (count, hasMore) =>
    `${plural('it', count, { one: 'Una fattura mostrata', other: '# fatture mostrate' })}${more(hasMore)}.`,
  'invoices.signedOut': 'Accedi per vedere le tue fatture.',
  'invoices.status.draft': 'Bozza',
  'invoices.status.open': 'Aperta',
  'invoices.status.paid': 'Pagata',
  'invoices.status.void': 'Annullata',
  'invoices.status.uncollectible': 'Inesigibile',
  'invoices.column.description': 'Descrizione',
  'invoices.column.actions': 'Azioni',
  'invoices.pay': 'Paga',
  'invoices.pay.label': (number, amount) => `Paga la fattura ${number}, importo dovuto ${amount}`,
  'invoices.filter': 'Stato',
  'invoices.filter.all': 'Tutte',
  'invoices.filtered': (status, count, hasMore) =>
    `${plural('it', count, { one: `Una fattura ${one[status] ?? status} mostrata`, other: `# fatture ${many[status] ?? status} mostrate` })}${more(hasMore)}.`,
  'invoices.filterEmpty': (status) => `Nessuna fattura ${one[status] ?? status}.`,
  'invoices.window': (first, last) => `Fatture ${first}–${last}`,
  'invoices.windowLoaded': (first, last, hasMore) => `Fatture ${first}–${last} mostrate${more(hasMore)}.`,
  'invoices.newest': 'Torna alle più recenti',
  'invoices.newestShown': 'Sono mostrate le fatture più recenti.',
  'invoices.paid': (number) => `Fattura ${number} pagata.`,
};

export default strings;
