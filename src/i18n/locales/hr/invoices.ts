import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

/** Status adjectives (masculine, račun): singular, paucal, genitive plural. */
const adjectives: Record<string, readonly [string, string, string]> = {
  paid: ['plaćen', 'plaćena', 'plaćenih'],
  open: ['otvoren', 'otvorena', 'otvorenih'],
  void: ['poništen', 'poništena', 'poništenih'],
  uncollectible: ['nenaplativ', 'nenaplativa', 'nenaplativih'],
};
const adjective = (status: string) => adjectives[status] ?? [status, status, status];
const more = (hasMore: boolean) => (hasMore ? ', dostupno ih je još' : '');

const strings: NamespaceStrings<'invoices'> = {
  'invoices.title': 'Računi',
  'invoices.caption': 'Povijest računa',
  'invoices.column.number': 'Broj',
  'invoices.column.date': 'Datum',
  'invoices.column.amount': 'Iznos',
  'invoices.column.status': 'Status',
  'invoices.column.download': 'Račun u PDF-u',
  'invoices.download': 'PDF',
  'invoices.download.label': (number) => `Preuzmi račun ${number} u PDF-u`,
  'invoices.loading': 'Učitavanje računa…',
  'invoices.empty': 'Još nema računa. Pojavit će se ovdje nakon prve naplate.',
  'invoices.more': 'Prikaži još računa',
  'invoices.loadingMore': 'Učitavanje dodatnih računa…',
  'invoices.loaded': (count, hasMore) =>
    `${plural('hr', count, { one: 'Prikazan je # račun', few: 'Prikazana su # računa', other: 'Prikazano je # računa' })}${more(hasMore)}.`,
  'invoices.signedOut': 'Prijavite se da biste vidjeli svoje račune.',
  'invoices.status.draft': 'Skica',
  'invoices.status.open': 'Otvoren',
  'invoices.status.paid': 'Plaćen',
  'invoices.status.void': 'Poništen',
  'invoices.status.uncollectible': 'Nenaplativ',
  'invoices.column.description': 'Opis',
  'invoices.column.actions': 'Radnje',
  'invoices.pay': 'Plati',
  'invoices.pay.label': (number, amount) => `Plati račun ${number}, za plaćanje ${amount}`,
  'invoices.filter': 'Status',
  'invoices.filter.all': 'Svi',
  'invoices.filtered': (status, count, hasMore) => {
    const [one, few, other] = adjective(status);
    const shown = plural('hr', count, {
      one: `Prikazan je # ${one} račun`,
      few: `Prikazana su # ${few} računa`,
      other: `Prikazano je # ${other} računa`,
    });
    return `${shown}${more(hasMore)}.`;
  },
  'invoices.filterEmpty': (status) => `Nema ${adjective(status)[2]} računa.`,
  'invoices.window': (first, last) => `Prikazani računi ${first}–${last}`,
  'invoices.windowLoaded': (first, last, hasMore) => `Prikazani računi ${first}–${last}${more(hasMore)}.`,
  'invoices.newest': 'Natrag na najnovije',
  'invoices.newestShown': 'Prikazani su najnoviji računi.',
  'invoices.paid': (number) => `Račun ${number} je plaćen.`,
};

export default strings;
