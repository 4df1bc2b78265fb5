import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const adjectives: Record<string, string> = {
  paid: 'kifizetett',
  open: 'nyitott',
  void: 'érvénytelenített',
  uncollectible: 'behajthatatlan',
};
const adjective = (status: string) => adjectives[status] ?? status;
const more = (hasMore: boolean) => (hasMore ? ', továbbiak is elérhetők' : '');

const strings: NamespaceStrings<'invoices'> = {
  'invoices.title': 'Számlák',
  'invoices.caption': 'Korábbi számlák',
  'invoices.column.number': 'Sorszám',
  'invoices.column.date': 'Dátum',
  'invoices.column.amount': 'Összeg',
  'invoices.column.status': 'Állapot',
  'invoices.column.download': 'Számla PDF-ben',
  'invoices.download': 'PDF',
  'invoices.download.label': (number) => `Számla letöltése PDF-ben: ${number}`,
  'invoices.loading': 'Számlák betöltése…',
  'invoices.empty': 'Még nincsenek számlák. Az első terhelés után itt jelennek meg.',
  'invoices.more': 'További számlák megjelenítése',
  'invoices.loadingMore': 'További számlák betöltése…',
  'invoices.loaded': (count, hasMore) =>
    `${plural('hu', count, { one: 'Egy számla', other: '# számla' })} látható${more(hasMore)}.`,
  'invoices.signedOut': 'Jelentkezzen be a számlái megtekintéséhez.',
  'invoices.status.draft': 'Piszkozat',
  'invoices.status.open': 'Nyitott',
  'invoices.status.paid': 'Kifizetve',
  'invoices.status.void': 'Érvénytelenítve',
  'invoices.status.uncollectible': 'Behajthatatlan',
  'invoices.column.description': 'Leírás',
  'invoices.column.actions': 'Műveletek',
  'invoices.pay': 'Fizetés',
  'invoices.pay.label': (number, amount) => `Számla kifizetése: ${number}, esedékes összeg: ${amount}`,
  'invoices.filter': 'Állapot',
  'invoices.filter.all': 'Összes',
  'invoices.filtered': (status, count, hasMore) =>
    `${plural('hu', count, { one: `Egy ${adjective(status)} számla`, other: `# ${adjective(status)} számla` })} látható${more(hasMore)}.`,
  'invoices.filterEmpty': (status) => `Nincs ${adjective(status)} számla.`,
  'invoices.window': (first, last) => `Látható számlák: ${first}–${last}`,
  'invoices.windowLoaded': (first, last, hasMore) => `Látható számlák: ${first}–${last}${more(hasMore)}.`,
  'invoices.newest': 'Vissza a legújabbakhoz',
  'invoices.newestShown': 'A legújabb számlák láthatók.',
  'invoices.paid': (number) => `Számla kifizetve: ${number}.`,
};

export default strings;
