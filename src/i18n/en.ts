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
  'session.warning': 'For your security, your session will end in about a minute unless you stay signed in.',
  'session.warningFinal': 'For your security, your session will end in about a minute. Sign in again afterwards to continue.',
  'session.stay': 'Stay signed in',
  'session.offline': 'You’re offline. Billing actions are paused until your connection is back.',
  'session.expired.title': 'Your session has ended',
  'session.expired.body': 'For your security, you were signed out after a period of inactivity.',
  'session.loggedOut.title': 'You’re signed out',
  'session.loggedOut.body': 'Your billing details are no longer shown on this page.',
  'session.invalidLink.title': 'This sign-in link can’t be used',
  'session.invalidLink.body': 'It has expired or was already used. Enter your email and we’ll send you a new one.',
  'session.signingIn': 'Signing you in…',
  'session.return': (business: string) => `Return to ${business}`,
  'session.returnGeneric': 'Return to the site',
  'session.renewFailed': 'We couldn’t renew your session. Sign in again to continue.',
  'login.title': 'Sign in to manage your billing',
  'login.intro': 'Enter the email you used at purchase. We’ll email you a secure link to sign in.',
  'login.email': 'Email',
  'login.submit': 'Email me a sign-in link',
  'login.sending': 'Sending…',
  'login.invalidEmail': 'Enter an email address like name@example.com.',
  'login.sent.title': 'Check your inbox',
  'login.sent.body': (email: string) =>
    `If ${email} belongs to an account, a sign-in link is on its way. It works once and expires in 24 hours.`,
  'login.again': 'Use another email',
  'login.rateLimited': (minutes: number) =>
    minutes <= 1 ? 'Too many attempts. Try again in a minute.' : `Too many attempts. Try again in ${minutes} minutes.`,
  'error.network': 'We couldn’t reach the billing service. Check your connection and try again.',
  'error.expired': 'Your session has expired. Sign in again to continue.',
  'error.unauthenticated': 'You are not signed in.',
  'error.malformed': 'The billing service sent something we couldn’t read. Try again in a moment.',
  'error.server': 'Something went wrong on our side. Try again in a moment.',
  'error.rate_limited': 'Too many attempts. Wait a moment and try again.',
  'error.generic': 'Something went wrong. Try again.',
  'error.offline': 'You’re offline. Billing actions are paused until your connection is back.',
  'error.timeout': 'The billing service took too long to answer. Check your connection and try again.',
  'action.retry': 'Try again',
} satisfies Record<string, string | ((...args: never[]) => string)>;

export type Strings = typeof en;
export type TermKey = keyof Strings;
export type TermArgs<K extends TermKey> = Strings[K] extends (...args: infer A) => string ? A : [];
