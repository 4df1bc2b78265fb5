import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

/** The status agreeing with «fatura»: singular and plural. */
const one: Record<string, string> = { paid: 'paga', open: 'em aberto', void: 'anulada', uncollectible: 'incobrável' };
const many: Record<string, string> = { paid: 'pagas', open: 'em aberto', void: 'anuladas', uncollectible: 'incobráveis' };
const more = (hasMore: boolean) => (hasMore ? ', há mais disponíveis' : '');

const strings: NamespaceStrings<'invoices'> = {
  'invoices.title': 'Faturas',
  'invoices.caption': 'Histórico de faturas',
  'invoices.column.number': 'Número',
  'invoices.column.date': 'Data',
  'invoices.column.amount': 'Valor',
  'invoices.column.status': 'Estado',
  'invoices.column.download': 'PDF da fatura',
  'invoices.download': 'PDF',
  'invoices.download.label': (number) => `Transferir a fatura ${number} em PDF`,
  'invoices.loading': 'A carregar faturas…',
  'invoices.empty': 'Ainda não há faturas. Aparecem aqui depois da primeira cobrança.',
  'invoices.more': 'Mostrar mais faturas',
  'invoices.loadingMore': 'A carregar mais faturas…',
  'invoices.loaded': (count, hasMore) =>
    `${plural('pt', count, { one: '# fatura mostrada', other: '# faturas mostradas' })}${more(hasMore)}.`,
  'invoices.signedOut': 'Inicie sessão para ver as suas faturas.',
  'invoices.status.draft': 'Rascunho',
  'invoices.status.open': 'Em aberto',
  'invoices.status.paid': 'Paga',
  'invoices.status.void': 'Anulada',
  'invoices.status.uncollectible': 'Incobrável',
  'invoices.column.description': 'Descrição',
  'invoices.column.actions': 'Ações',
  'invoices.pay': 'Pagar',
  'invoices.pay.label': (number, amount) => `Pagar a fatura ${number}, ${amount} em dívida`,
  'invoices.filter': 'Estado',
  'invoices.filter.all': 'Todas',
  'invoices.filtered': (status, count, hasMore) =>
    `${plural('pt', count, { one: `# fatura ${one[status] ?? status} mostrada`, other: `# faturas ${many[status] ?? status} mostradas` })}${more(hasMore)}.`,
  'invoices.filterEmpty': (status) => `Nenhuma fatura ${one[status] ?? status}.`,
  'invoices.window': (first, last) => `Faturas ${first}–${last}`,
  'invoices.windowLoaded': (first, last, hasMore) => `Faturas ${first}–${last} mostradas${more(hasMore)}.`,
  'invoices.newest': 'Voltar às mais recentes',
  'invoices.newestShown': 'A mostrar as faturas mais recentes.',
  'invoices.paid': (number) => `Fatura ${number} paga.`,
};

export default strings;
