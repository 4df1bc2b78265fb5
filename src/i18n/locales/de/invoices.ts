import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

/** The status as an adjective stem: „eine bezahlte Rechnung“, „keine bezahlten Rechnungen“. */
const adjective: Record<string, string> = { paid: 'bezahlt', open: 'offen', void: 'storniert', uncollectible: 'uneinbringlich' };
const adj = (status: string) => adjective[status] ?? status;
const more = (hasMore: boolean) => (hasMore ? ', weitere verfügbar' : '');

const strings: NamespaceStrings<'invoices'> = {
  'invoices.title': 'Rechnungen',
  'invoices.caption': 'Rechnungsverlauf',
  'invoices.column.number': 'Nummer',
  'invoices.column.date': 'Datum',
  'invoices.column.amount': 'Betrag',
  'invoices.column.status': 'Status',
  'invoices.column.download': 'Rechnungs-PDF',
  'invoices.download': 'PDF',
  'invoices.download.label': (number) => `Rechnung ${number} als PDF herunterladen`,
  'invoices.loading': 'Rechnungen werden geladen…',
  'invoices.empty': 'Noch keine Rechnungen. Sie erscheinen hier, sobald Ihnen etwas in Rechnung gestellt wurde.',
  'invoices.more': 'Weitere Rechnungen anzeigen',
  'invoices.loadingMore': 'Weitere Rechnungen werden geladen…',
  'invoices.loaded': (count, hasMore) =>
    `${plural('de', count, { one: 'Eine Rechnung', other: '# Rechnungen' })} angezeigt${more(hasMore)}.`,
  'invoices.signedOut': 'Melden Sie sich an, um Ihre Rechnungen zu sehen.',
  'invoices.status.draft': 'Entwurf',
  'invoices.status.open': 'Offen',
  'invoices.status.paid': 'Bezahlt',
  'invoices.status.void': 'Storniert',
  'invoices.status.uncollectible': 'Uneinbringlich',
  'invoices.column.description': 'Beschreibung',
  'invoices.column.actions': 'Aktionen',
  'invoices.pay': 'Bezahlen',
  'invoices.pay.label': (number, amount) => `Rechnung ${number} bezahlen, ${amount} fällig`,
  'invoices.filter': 'Status',
  'invoices.filter.all': 'Alle',
  'invoices.filtered': (status, count, hasMore) =>
    `${plural('de', count, { one: `Eine ${adj(status)}e Rechnung`, other: `# ${adj(status)}e Rechnungen` })} angezeigt${more(hasMore)}.`,
  'invoices.filterEmpty': (status) => `Keine ${adj(status)}en Rechnungen.`,
  'invoices.window': (first, last) => `Rechnungen ${first}–${last} werden angezeigt`,
  'invoices.windowLoaded': (first, last, hasMore) => `Rechnungen ${first}–${last} werden angezeigt${more(hasMore)}.`,
  'invoices.newest': 'Zurück zu den neuesten',
  'invoices.newestShown': 'Die neuesten Rechnungen werden angezeigt.',
  'invoices.paid': (number) => `Rechnung ${number} bezahlt.`,
};

export default strings;
