import { plural } from '../../plural.js';
import type { PartialNamespaceStrings } from '../../locales.js';

/** The status agreeing with “fatura”: singular and plural. */
const one: Record<string, string> = { paid: 'paga', open: 'em aberto', void: 'anulada', uncollectible: 'incobrável' };
const many: Record<string, string> = { paid: 'pagas', open: 'em aberto', void: 'anuladas', uncollectible: 'incobráveis' };
const more = (hasMore: boolean) => (hasMore ? ', há mais disponíveis' : '');

const strings: PartialNamespaceStrings<'invoices'> = {
  'invoices.column.status': 'Status',
  'invoices.download.label': (number) => `Baixar a fatura ${number} em PDF`,
  'invoices.loading': 'Carregando faturas…',
  'invoices.empty': 'Ainda não há faturas. Elas aparecerão aqui após a primeira cobrança.',
  'invoices.loadingMore': 'Carregando mais faturas…',
  'invoices.loaded': (count, hasMore) =>
    `${plural('pt-BR', count, { one: '# fatura exibida', other: '# faturas exibidas' })}${more(hasMore)}.`,
  'invoices.signedOut': 'Faça login para ver suas faturas.',
  'invoices.pay.label': (number, amount) => `Pagar a fatura ${number} (${amount} em aberto)`,
  'invoices.filter': 'Status',
  'invoices.filtered': (status, count, hasMore) =>
    `${plural('pt-BR', count, { one: `# fatura ${one[status] ?? status} exibida`, other: `# faturas ${many[status] ?? status} exibidas` })}${more(hasMore)}.`,
  'invoices.windowLoaded': (first, last, hasMore) => `Faturas ${first}–${last} exibidas${more(hasMore)}.`,
  'invoices.newestShown': 'Exibindo as faturas mais recentes.',
};

export default strings;
