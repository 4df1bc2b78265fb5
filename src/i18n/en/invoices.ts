/** English, `invoices`: `<portal-invoices>`. */
const strings = {
  'invoices.title': 'Invoices',
  'invoices.caption': 'Invoice history',
  'invoices.column.number': 'Number',
  'invoices.column.date': 'Date',
  'invoices.column.amount': 'Amount',
  'invoices.column.status': 'Status',
  'invoices.column.download': 'Invoice PDF',
  'invoices.download': 'PDF',
  'invoices.download.label': (number: string) => `Download invoice ${number} as PDF`,
  'invoices.loading': 'Loading invoices…',
  'invoices.empty': 'No invoices yet. They appear here once you have been billed.',
  'invoices.more': 'Show more invoices',
  'invoices.loadingMore': 'Loading more invoices…',
  'invoices.loaded': (count: number, hasMore: boolean) =>
    `${count === 1 ? 'One invoice' : `${count} invoices`} shown${hasMore ? ', more available' : ''}.`,
  'invoices.signedOut': 'Sign in to see your invoices.',
  'invoices.status.draft': 'Draft',
  'invoices.status.open': 'Open',
  'invoices.status.paid': 'Paid',
  'invoices.status.void': 'Void',
  'invoices.status.uncollectible': 'Uncollectible',
  'invoices.column.description': 'Description',
  'invoices.column.actions': 'Actions',
  'invoices.pay': 'Pay',
  'invoices.pay.label': (number: string, amount: string) => `Pay invoice ${number}, ${amount} due`,
  'invoices.filter': 'Status',
  'invoices.filter.all': 'All',
  'invoices.filtered': (status: 'paid' | 'open' | 'void' | 'uncollectible', count: number, hasMore: boolean) =>
    `${count === 1 ? `One ${status} invoice` : `${count} ${status} invoices`} shown${hasMore ? ', more available' : ''}.`,
  'invoices.filterEmpty': (status: 'paid' | 'open' | 'void' | 'uncollectible') => `No ${status} invoices.`,
  'invoices.window': (first: string, last: string) => `Showing invoices ${first}–${last}`,
  'invoices.windowLoaded': (first: string, last: string, hasMore: boolean) =>
    `Showing invoices ${first}–${last}${hasMore ? ', more available' : ''}.`,
  'invoices.newest': 'Back to newest',
  'invoices.newestShown': 'Showing the newest invoices.',
  'invoices.paid': (number: string) => `Invoice ${number} paid.`,
} satisfies Record<string, string | ((...args: never[]) => string)>;

export default strings;
