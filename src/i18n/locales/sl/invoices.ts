import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

/** Status adjectives (masculine, račun): singular, dual, plural, genitive plural. */
const adjectives: Record<string, readonly [string, string, string, string]> = {
  paid: ['plačan', 'plačana', 'plačani', 'plačanih'],
  open: ['odprt', 'odprta', 'odprti', 'odprtih'],
  void: ['razveljavljen', 'razveljavljena', 'razveljavljeni', 'razveljavljenih'],
  uncollectible: ['neizterljiv', 'neizterljiva', 'neizterljivi', 'neizterljivih'],
};
const adjective = (status: string) => adjectives[status] ?? [status, status, status, status];
const more = (hasMore: boolean) => (hasMore ? ', na voljo jih je še več' : '');

const strings: NamespaceStrings<'invoices'> = {
  'invoices.title': 'Računi',
  'invoices.caption': 'Zgodovina računov',
  'invoices.column.number': 'Številka',
  'invoices.column.date': 'Datum',
  'invoices.column.amount': 'Znesek',
  'invoices.column.status': 'Stanje',
  'invoices.column.download': 'Račun v PDF',
  'invoices.download': 'PDF',
  'invoices.download.label': (number) => `Prenesi račun ${number} v obliki PDF`,
  'invoices.loading': 'Nalaganje računov…',
  'invoices.empty': 'Računov še ni. Tu se bodo prikazali po prvem obračunu.',
  'invoices.more': 'Pokaži več računov',
  'invoices.loadingMore': 'Nalaganje dodatnih računov…',
  'invoices.loaded': (count, hasMore) =>
    `${plural('sl', count, { one: 'Prikazan je # račun', two: 'Prikazana sta # računa', few: 'Prikazani so # računi', other: 'Prikazanih je # računov' })}${more(hasMore)}.`,
  'invoices.signedOut': 'Za ogled računov se prijavite.',
  'invoices.status.draft': 'Osnutek',
  'invoices.status.open': 'Odprt',
  'invoices.status.paid': 'Plačan',
  'invoices.status.void': 'Razveljavljen',
  'invoices.status.uncollectible': 'Neizterljiv',
  'invoices.column.description': 'Opis',
  'invoices.column.actions': 'Dejanja',
  'invoices.pay': 'Plačaj',
  'invoices.pay.label': (number, amount) => `Plačaj račun ${number}, za plačilo ${amount}`,
  'invoices.filter': 'Stanje',
  'invoices.filter.all': 'Vsi',
  'invoices.filtered': (status, count, hasMore) => {
    const [one, two, few, other] = adjective(status);
    const shown = plural('sl', count, {
      one: `Prikazan je # ${one} račun`,
      two: `Prikazana sta # ${two} računa`,
      few: `Prikazani so # ${few} računi`,
      other: `Prikazanih je # ${other} računov`,
    });
    return `${shown}${more(hasMore)}.`;
  },
  'invoices.filterEmpty': (status) => `Ni ${adjective(status)[3]} računov.`,
  'invoices.window': (first, last) => `Prikazani računi ${first}–${last}`,
  'invoices.windowLoaded': (first, last, hasMore) => `Prikazani računi ${first}–${last}${more(hasMore)}.`,
  'invoices.newest': 'Nazaj na najnovejše',
  'invoices.newestShown': 'Prikazani so najnovejši računi.',
  'invoices.paid': (number) => `Račun ${number} je plačan.`,
};

export default strings;
