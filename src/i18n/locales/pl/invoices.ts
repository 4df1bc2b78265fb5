import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

/** Status adjectives: accusative singular, nominative plural, genitive plural. */
const adjectives: Record<string, readonly [string, string, string]> = {
  paid: ['opłaconą', 'opłacone', 'opłaconych'],
  open: ['otwartą', 'otwarte', 'otwartych'],
  void: ['unieważnioną', 'unieważnione', 'unieważnionych'],
  uncollectible: ['nieściągalną', 'nieściągalne', 'nieściągalnych'],
};
const adjective = (status: string) => adjectives[status] ?? [status, status, status];
const more = (hasMore: boolean) => (hasMore ? ', dostępne są kolejne' : '');

const strings: NamespaceStrings<'invoices'> = {
  'invoices.title': 'Faktury',
  'invoices.caption': 'Historia faktur',
  'invoices.column.number': 'Numer',
  'invoices.column.date': 'Data',
  'invoices.column.amount': 'Kwota',
  'invoices.column.status': 'Status',
  'invoices.column.download': 'Faktura PDF',
  'invoices.download': 'PDF',
  'invoices.download.label': (number) => `Pobierz fakturę ${number} w formacie PDF`,
  'invoices.loading': 'Wczytywanie faktur…',
  'invoices.empty': 'Nie ma jeszcze żadnych faktur. Pojawią się tutaj po pierwszym rozliczeniu.',
  'invoices.more': 'Pokaż więcej faktur',
  'invoices.loadingMore': 'Wczytywanie kolejnych faktur…',
  'invoices.loaded': (count, hasMore) =>
    `Wyświetlono ${plural('pl', count, { one: 'jedną fakturę', few: '# faktury', many: '# faktur', other: '# faktury' })}${more(hasMore)}.`,
  'invoices.signedOut': 'Zaloguj się, aby zobaczyć faktury.',
  'invoices.status.draft': 'Wersja robocza',
  'invoices.status.open': 'Otwarta',
  'invoices.status.paid': 'Opłacona',
  'invoices.status.void': 'Unieważniona',
  'invoices.status.uncollectible': 'Nieściągalna',
  'invoices.column.description': 'Opis',
  'invoices.column.actions': 'Akcje',
  'invoices.pay': 'Zapłać',
  'invoices.pay.label': (number, amount) => `Zapłać fakturę ${number}, do zapłaty ${amount}`,
  'invoices.filter': 'Status',
  'invoices.filter.all': 'Wszystkie',
  'invoices.filtered': (status, count, hasMore) => {
    const [one, few, many] = adjective(status);
    const shown = plural('pl', count, { one: `jedną ${one} fakturę`, few: `# ${few} faktury`, many: `# ${many} faktur`, other: `# ${few} faktury` });
    return `Wyświetlono ${shown}${more(hasMore)}.`;
  },
  'invoices.filterEmpty': (status) => `Brak ${adjective(status)[2]} faktur.`,
  'invoices.window': (first, last) => `Wyświetlane faktury: ${first}–${last}`,
  'invoices.windowLoaded': (first, last, hasMore) => `Wyświetlane faktury: ${first}–${last}${more(hasMore)}.`,
  'invoices.newest': 'Wróć do najnowszych',
  'invoices.newestShown': 'Wyświetlane są najnowsze faktury.',
  'invoices.paid': (number) => `Faktura ${number} została opłacona.`,
};

export default strings;
