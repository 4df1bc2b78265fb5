import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

/** Status adjectives: nominative singular, nominative plural, genitive plural. */
const adjectives: Record<string, readonly [string, string, string]> = {
  paid: ['zaplatená', 'zaplatené', 'zaplatených'],
  open: ['otvorená', 'otvorené', 'otvorených'],
  void: ['zrušená', 'zrušené', 'zrušených'],
  uncollectible: ['nevymožiteľná', 'nevymožiteľné', 'nevymožiteľných'],
};
const adjective = (status: string) => adjectives[status] ?? [status, status, status];
const more = (hasMore: boolean) => (hasMore ? ', k dispozícii sú ďalšie' : '');

const strings: NamespaceStrings<'invoices'> = {
  'invoices.title': 'Faktúry',
  'invoices.caption': 'História faktúr',
  'invoices.column.number': 'Číslo',
  'invoices.column.date': 'Dátum',
  'invoices.column.amount': 'Suma',
  'invoices.column.status': 'Stav',
  'invoices.column.download': 'Faktúra v PDF',
  'invoices.download': 'PDF',
  'invoices.download.label': (number) => `Stiahnuť faktúru ${number} vo formáte PDF`,
  'invoices.loading': 'Načítavajú sa faktúry…',
  'invoices.empty': 'Zatiaľ nemáte žiadne faktúry. Zobrazia sa tu po prvom vyúčtovaní.',
  'invoices.more': 'Zobraziť ďalšie faktúry',
  'invoices.loadingMore': 'Načítavajú sa ďalšie faktúry…',
  'invoices.loaded': (count, hasMore) =>
    `${plural('sk', count, { one: 'Zobrazuje sa jedna faktúra', few: 'Zobrazujú sa # faktúry', many: 'Zobrazuje sa # faktúry', other: 'Zobrazuje sa # faktúr' })}${more(hasMore)}.`,
  'invoices.signedOut': 'Ak chcete vidieť svoje faktúry, prihláste sa.',
  'invoices.status.draft': 'Koncept',
  'invoices.status.open': 'Otvorená',
  'invoices.status.paid': 'Zaplatená',
  'invoices.status.void': 'Zrušená',
  'invoices.status.uncollectible': 'Nevymožiteľná',
  'invoices.column.description': 'Popis',
  'invoices.column.actions': 'Akcie',
  'invoices.pay': 'Zaplatiť',
  'invoices.pay.label': (number, amount) => `Zaplatiť faktúru ${number}, na úhradu ${amount}`,
  'invoices.filter': 'Stav',
  'invoices.filter.all': 'Všetky',
  'invoices.filtered': (status, count, hasMore) => {
    const [one, few, other] = adjective(status);
    const shown = plural('sk', count, {
      one: `Zobrazuje sa jedna ${one} faktúra`,
      few: `Zobrazujú sa # ${few} faktúry`,
      many: `Zobrazuje sa # ${few} faktúry`,
      other: `Zobrazuje sa # ${other} faktúr`,
    });
    return `${shown}${more(hasMore)}.`;
  },
  'invoices.filterEmpty': (status) => `Žiadne ${adjective(status)[1]} faktúry.`,
  'invoices.window': (first, last) => `Zobrazujú sa faktúry ${first}–${last}`,
  'invoices.windowLoaded': (first, last, hasMore) => `Zobrazujú sa faktúry ${first}–${last}${more(hasMore)}.`,
  'invoices.newest': 'Späť na najnovšie',
  'invoices.newestShown': 'Zobrazujú sa najnovšie faktúry.',
  'invoices.paid': (number) => `Faktúra ${number} je zaplatená.`,
};

export default strings;
