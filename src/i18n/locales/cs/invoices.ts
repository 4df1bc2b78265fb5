import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

/** Status adjectives: nominative singular, nominative plural, genitive plural. */
const adjectives: Record<string, readonly [string, string, string]> = {
  paid: ['zaplacená', 'zaplacené', 'zaplacených'],
  open: ['otevřená', 'otevřené', 'otevřených'],
  void: ['zrušená', 'zrušené', 'zrušených'],
  uncollectible: ['nedobytná', 'nedobytné', 'nedobytných'],
};
const adjective = (status: string) => adjectives[status] ?? [status, status, status];
const more = (hasMore: boolean) => (hasMore ? ', další jsou k dispozici' : '');

const strings: NamespaceStrings<'invoices'> = {
  'invoices.title': 'Faktury',
  'invoices.caption': 'Historie faktur',
  'invoices.column.number': 'Číslo',
  'invoices.column.date': 'Datum',
  'invoices.column.amount': 'Částka',
  'invoices.column.status': 'Stav',
  'invoices.column.download': 'Faktura v PDF',
  'invoices.download': 'PDF',
  'invoices.download.label': (number) => `Stáhnout fakturu ${number} v PDF`,
  'invoices.loading': 'Načítání faktur…',
  'invoices.empty': 'Zatím nemáte žádné faktury. Zobrazí se zde po prvním vyúčtování.',
  'invoices.more': 'Zobrazit další faktury',
  'invoices.loadingMore': 'Načítání dalších faktur…',
  'invoices.loaded': (count, hasMore) =>
    `${plural('cs', count, { one: 'Zobrazena jedna faktura', few: 'Zobrazeny # faktury', many: 'Zobrazeno # faktury', other: 'Zobrazeno # faktur' })}${more(hasMore)}.`,
  'invoices.signedOut': 'Pro zobrazení faktur se přihlaste.',
  'invoices.status.draft': 'Koncept',
  'invoices.status.open': 'Otevřená',
  'invoices.status.paid': 'Zaplacená',
  'invoices.status.void': 'Zrušená',
  'invoices.status.uncollectible': 'Nedobytná',
  'invoices.column.description': 'Popis',
  'invoices.column.actions': 'Akce',
  'invoices.pay': 'Zaplatit',
  'invoices.pay.label': (number, amount) => `Zaplatit fakturu ${number}, k úhradě ${amount}`,
  'invoices.filter': 'Stav',
  'invoices.filter.all': 'Vše',
  'invoices.filtered': (status, count, hasMore) => {
    const [one, few, other] = adjective(status);
    const shown = plural('cs', count, {
      one: `Zobrazena jedna ${one} faktura`,
      few: `Zobrazeny # ${few} faktury`,
      many: `Zobrazeno # ${few} faktury`,
      other: `Zobrazeno # ${other} faktur`,
    });
    return `${shown}${more(hasMore)}.`;
  },
  'invoices.filterEmpty': (status) => `Žádné ${adjective(status)[1]} faktury.`,
  'invoices.window': (first, last) => `Zobrazeny faktury ${first}–${last}`,
  'invoices.windowLoaded': (first, last, hasMore) => `Zobrazeny faktury ${first}–${last}${more(hasMore)}.`,
  'invoices.newest': 'Zpět na nejnovější',
  'invoices.newestShown': 'Zobrazeny jsou nejnovější faktury.',
  'invoices.paid': (number) => `Faktura ${number} byla zaplacena.`,
};

export default strings;
