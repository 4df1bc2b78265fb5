import type { PartialNamespaceStrings } from '../../locales.js';

const strings: PartialNamespaceStrings<'subscriptions'> = {
  'subscriptions.status.canceled': 'Cancelled',
  'subscriptions.status.canceling': 'Cancelling',
  'subscriptions.date.canceled': (date) => `Cancelled on ${date}`,
  'subscriptions.blocked.schedule': 'This subscription follows a billing schedule, so here it can only be cancelled.',
  'subscriptions.blocked.multiple_items': 'This subscription has several items, so here it can only be cancelled.',
  'subscriptions.blocked.usage_based': 'This subscription is billed on usage, so here it can only be cancelled.',
  'subscriptions.link.cannotCancel': (name) => `Your ${name} subscription can’t be cancelled here right now.`,
  'subscriptions.cancel.unavailable': 'This subscription can’t be cancelled now',
  'subscriptions.cancel.why': 'Why are you cancelling? (optional)',
  'subscriptions.offer.decline': 'No thanks, continue cancelling',
  'subscriptions.confirm.submitting': 'Cancelling…',
  'subscriptions.canceled.atPeriodEnd': (name, date) =>
    `Your ${name} subscription will be cancelled on ${date}. You can resume it until then.`,
  'subscriptions.canceled.now': (name) => `Your ${name} subscription is cancelled.`,
};

export default strings;
