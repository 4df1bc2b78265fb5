import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const S: Record<string, string> = { paid: 'betaalde', open: 'openstaande', void: 'ongeldige', uncollectible: 'oninbare' };
const more = (hasMore: boolean) => (hasMore ? ', meer beschikbaar' : '');

const strings: NamespaceStrings<'invoices'> = {
  'invoices.title': 'Facturen',
  'invoices.caption': 'Factuurgeschiedenis',
  'invoices.column.number': 'Nummer',
  'invoices.column.date': 'Datum',
  'invoices.column.amount': 'Bedrag',
  'invoices.column.status': 'Status',
  'invoices.column.download': 'Factuur-PDF',
  'invoices.download': 'PDF',
  'invoices.download.label': (number) => `Factuur ${number} downloaden als PDF`,
  'invoices.loading': 'Facturen laden…',
  'invoices.empty': 'Nog geen facturen. Ze verschijnen hier zodra er iets aan je is gefactureerd.',
  'invoices.more': 'Meer facturen tonen',
  'invoices.loadingMore': 'Meer facturen laden…',
  'invoices.loaded': (count, hasMore) =>
    `${plural('nl', count, { one: 'Eén factuur', other: '# facturen' })} weergegeven${more(hasMore)}.`,
  'invoices.signedOut': 'Log in om je facturen te zien.',
  'invoices.status.draft': 'Concept',
  'invoices.status.open': 'Openstaand',
  'invoices.status.paid': 'Betaald',
  'invoices.status.void': 'Ongeldig',
  'invoices.status.uncollectible': 'Oninbaar',
  'invoices.column.description': 'Omschrijving',
  'invoices.column.actions': 'Acties',
  'invoices.pay': 'Betalen',
  'invoices.pay.label': (number, amount) => `Factuur ${number} betalen, ${amount} te betalen`,
  'invoices.filter': 'Status',
  'invoices.filter.all': 'Alle',
  'invoices.filtered': (status, count, hasMore) => {
    const s = S[status] ?? status;
    return `${plural('nl', count, { one: `Eén ${s} factuur`, other: `# ${s} facturen` })} weergegeven${more(hasMore)}.`;
  },
  'invoices.filterEmpty': (status) => `Geen ${S[status] ?? status} facturen.`,
  'invoices.window': (first, last) => `Facturen ${first}–${last} weergegeven`,
  'invoices.windowLoaded': (first, last, hasMore) => `Facturen ${first}–${last} weergegeven${more(hasMore)}.`,
  'invoices.newest': 'Terug naar nieuwste',
  'invoices.newestShown': 'De nieuwste facturen worden weergegeven.',
  'invoices.paid': (number) => `Factuur ${number} betaald.`,
};

export default strings;
