import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

type Status = 'paid' | 'open' | 'void' | 'uncollectible';
const label: Record<Status, string> = { paid: 'Imħallsa', open: 'Miftuħa', void: 'Annullata', uncollectible: 'Ma tistax tinġabar' };
const invoices = (count: number) =>
  plural('mt', count, { one: 'Fattura waħda', two: '# fatturi', few: '# fatturi', many: '# fattura', other: '# fattura' });
const more = (hasMore: boolean) => (hasMore ? ', hemm aktar' : '');

const strings: NamespaceStrings<'invoices'> = {
  'invoices.title': 'Fatturi',
  'invoices.caption': 'Storja tal-fatturi',
  'invoices.column.number': 'Numru',
  'invoices.column.date': 'Data',
  'invoices.column.amount': 'Ammont',
  'invoices.column.status': 'Stat',
  'invoices.column.download': 'PDF tal-fattura',
  'invoices.download': 'PDF',
  'invoices.download.label': (number) => `Niżżel il-fattura ${number} bħala PDF`,
  'invoices.loading': 'Qed jitgħabbew il-fatturi…',
  'invoices.empty': 'Għad m’hemmx fatturi. Jidhru hawn wara l-ewwel ħlas.',
  'invoices.more': 'Uri aktar fatturi',
  'invoices.loadingMore': 'Qed jitgħabbew aktar fatturi…',
  'invoices.loaded': (count, hasMore) => `${invoices(count)} murija${more(hasMore)}.`,
  'invoices.signedOut': 'Idħol biex tara l-fatturi tiegħek.',
  'invoices.status.draft': 'Abbozz',
  'invoices.status.open': 'Miftuħa',
  'invoices.status.paid': 'Imħallsa',
  'invoices.status.void': 'Annullata',
  'invoices.status.uncollectible': 'Ma tistax tinġabar',
  'invoices.column.description': 'Deskrizzjoni',
  'invoices.column.actions': 'Azzjonijiet',
  'invoices.pay': 'Ħallas',
  'invoices.pay.label': (number, amount) => `Ħallas il-fattura ${number}, dovut ${amount}`,
  'invoices.filter': 'Stat',
  'invoices.filter.all': 'Kollha',
  'invoices.filtered': (status, count, hasMore) =>
    `${invoices(count)} murija, bl-istat “${label[status] ?? status}”${more(hasMore)}.`,
  'invoices.filterEmpty': (status) => `M’hemmx fatturi bl-istat “${label[status] ?? status}”.`,
  'invoices.window': (first, last) => `Qed jidhru l-fatturi ${first}–${last}`,
  'invoices.windowLoaded': (first, last, hasMore) => `Qed jidhru l-fatturi ${first}–${last}${more(hasMore)}.`,
  'invoices.newest': 'Lura għall-aktar riċenti',
  'invoices.newestShown': 'Qed jidhru l-aktar fatturi riċenti.',
  'invoices.paid': (number) => `Il-fattura ${number} tħallset.`,
};

export default strings;
