import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

type Status = 'paid' | 'open' | 'void' | 'uncollectible';
const which: Record<Status, string> = { paid: 'bayad na', open: 'bukas', void: 'pinawalang-bisa', uncollectible: 'hindi makokolekta' };
const invoices = (count: number) => plural('fil', count, { one: '# invoice', other: '# invoice' });
const more = (hasMore: boolean) => (hasMore ? ', may iba pa' : '');

const strings: NamespaceStrings<'invoices'> = {
  'invoices.title': 'Mga invoice',
  'invoices.caption': 'Kasaysayan ng invoice',
  'invoices.column.number': 'Numero',
  'invoices.column.date': 'Petsa',
  'invoices.column.amount': 'Halaga',
  'invoices.column.status': 'Katayuan',
  'invoices.column.download': 'PDF ng invoice',
  'invoices.download': 'PDF',
  'invoices.download.label': (number) => `I-download ang invoice ${number} bilang PDF`,
  'invoices.loading': 'Nilo-load ang mga invoice…',
  'invoices.empty': 'Wala pang invoice. Lalabas ang mga ito rito kapag nasingil ka na.',
  'invoices.more': 'Magpakita ng higit pang invoice',
  'invoices.loadingMore': 'Nilo-load ang higit pang invoice…',
  'invoices.loaded': (count, hasMore) => `Ipinapakita ang ${invoices(count)}${more(hasMore)}.`,
  'invoices.signedOut': 'Mag-sign in para makita ang mga invoice mo.',
  'invoices.status.draft': 'Borador',
  'invoices.status.open': 'Bukas',
  'invoices.status.paid': 'Bayad na',
  'invoices.status.void': 'Pinawalang-bisa',
  'invoices.status.uncollectible': 'Hindi makokolekta',
  'invoices.column.description': 'Paglalarawan',
  'invoices.column.actions': 'Mga aksyon',
  'invoices.pay': 'Bayaran',
  'invoices.pay.label': (number, amount) => `Bayaran ang invoice ${number}, ${amount} ang babayaran`,
  'invoices.filter': 'Katayuan',
  'invoices.filter.all': 'Lahat',
  'invoices.filtered': (status, count, hasMore) => `Ipinapakita ang ${invoices(count)} na ${which[status] ?? status}${more(hasMore)}.`,
  'invoices.filterEmpty': (status) => `Walang invoice na ${which[status] ?? status}.`,
  'invoices.window': (first, last) => `Ipinapakita ang mga invoice ${first}–${last}`,
  'invoices.windowLoaded': (first, last, hasMore) => `Ipinapakita ang mga invoice ${first}–${last}${more(hasMore)}.`,
  'invoices.newest': 'Bumalik sa pinakabago',
  'invoices.newestShown': 'Ipinapakita ang mga pinakabagong invoice.',
  'invoices.paid': (number) => `Bayad na ang invoice ${number}.`,
};

export default strings;
