/**
 * The English bundle: every string of every element. Other locales (issue: localization)
 * are typed against it, so a missing key or a wrong placeholder fails the typecheck.
 * A term is a string, or a function of its parameters for plurals and interpolation.
 */
export const en = {
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
  'error.network': 'We couldn’t reach the billing service. Check your connection and try again.',
  'error.expired': 'Your session has expired. Sign in again to continue.',
  'error.unauthenticated': 'You are not signed in.',
  'error.malformed': 'The billing service sent something we couldn’t read. Try again in a moment.',
  'error.server': 'Something went wrong on our side. Try again in a moment.',
  'error.rate_limited': 'Too many attempts. Wait a moment and try again.',
  'error.generic': 'Something went wrong. Try again.',
  'action.retry': 'Try again',
} satisfies Record<string, string | ((...args: never[]) => string)>;

export type Strings = typeof en;
export type TermKey = keyof Strings;
export type TermArgs<K extends TermKey> = Strings[K] extends (...args: infer A) => string ? A : [];
