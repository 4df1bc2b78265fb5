import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

/** Status adjectives: singular, singular partitive (after a number), plural partitive. */
const S: Record<string, [string, string, string]> = {
  paid: ['maksettu', 'maksettua', 'maksettuja'],
  open: ['avoin', 'avointa', 'avoimia'],
  void: ['mitätöity', 'mitätöityä', 'mitätöityjä'],
  uncollectible: ['perimiskelvoton', 'perimiskelvotonta', 'perimiskelvottomia'],
};
const more = (hasMore: boolean) => (hasMore ? ', lisää saatavilla' : '');

const strings: NamespaceStrings<'invoices'> = {
  'invoices.title': 'Laskut',
  'invoices.caption': 'Laskuhistoria',
  'invoices.column.number': 'Numero',
  'invoices.column.date': 'Päivämäärä',
  'invoices.column.amount': 'Summa',
  'invoices.column.status': 'Tila',
  'invoices.column.download': 'Lasku (PDF)',
  'invoices.download': 'PDF',
  'invoices.download.label': (number) => `Lataa lasku ${number} PDF-tiedostona`,
  'invoices.loading': 'Ladataan laskuja…',
  'invoices.empty': 'Ei vielä laskuja. Ne näkyvät täällä, kun sinua on laskutettu.',
  'invoices.more': 'Näytä lisää laskuja',
  'invoices.loadingMore': 'Ladataan lisää laskuja…',
  'invoices.loaded': (count, hasMore) =>
    `${plural('fi', count, { one: 'Näytetään yksi lasku', other: 'Näytetään # laskua' })}${more(hasMore)}.`,
  'invoices.signedOut': 'Kirjaudu sisään nähdäksesi laskusi.',
  'invoices.status.draft': 'Luonnos',
  'invoices.status.open': 'Avoin',
  'invoices.status.paid': 'Maksettu',
  'invoices.status.void': 'Mitätöity',
  'invoices.status.uncollectible': 'Perimiskelvoton',
  'invoices.column.description': 'Kuvaus',
  'invoices.column.actions': 'Toiminnot',
  'invoices.pay': 'Maksa',
  'invoices.pay.label': (number, amount) => `Maksa lasku ${number}, maksettavaa ${amount}`,
  'invoices.filter': 'Tila',
  'invoices.filter.all': 'Kaikki',
  'invoices.filtered': (status, count, hasMore) => {
    const [one, many] = S[status] ?? [status, status];
    return `${plural('fi', count, { one: `Näytetään yksi ${one} lasku`, other: `Näytetään # ${many} laskua` })}${more(hasMore)}.`;
  },
  'invoices.filterEmpty': (status) => `Ei ${S[status]?.[2] ?? status} laskuja.`,
  'invoices.window': (first, last) => `Näytetään laskut ${first}–${last}`,
  'invoices.windowLoaded': (first, last, hasMore) => `Näytetään laskut ${first}–${last}${more(hasMore)}.`,
  'invoices.newest': 'Takaisin uusimpiin',
  'invoices.newestShown': 'Näytetään uusimmat laskut.',
  'invoices.paid': (number) => `Lasku ${number} maksettu.`,
};

export default strings;
