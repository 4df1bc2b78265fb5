import type { PartialNamespaceStrings } from '../../locales.js';

const strings: PartialNamespaceStrings<'subscriptionFlows'> = {
  'subscriptions.cancel.unavailable': 'This subscription can’t be cancelled now',
  'subscriptions.cancel.why': 'Why are you cancelling? (optional)',
  'subscriptions.offer.decline': 'No thanks, continue cancelling',
  'subscriptions.confirm.submitting': 'Cancelling…',
  'subscriptions.canceled.atPeriodEnd': (name, date) =>
    `Your ${name} subscription will be cancelled on ${date}. You can resume it until then.`,
  'subscriptions.canceled.now': (name) => `Your ${name} subscription is cancelled.`,
};

export default strings;
