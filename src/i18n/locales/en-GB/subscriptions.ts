import type { PartialNamespaceStrings } from '../../locales.js';

const strings: PartialNamespaceStrings<'subscriptions'> = {
  'subscriptions.status.past_due': 'Overdue',
  'subscriptions.status.canceled': 'Cancelled',
  'subscriptions.status.canceling': 'Cancelling',
  'subscriptions.date.canceled': (date) => `Cancelled on ${date}`,
  'subscriptions.blocked.schedule': 'This subscription follows a billing schedule, so here it can only be cancelled.',
  'subscriptions.blocked.multiple_items': 'This subscription has several items, so here it can only be cancelled.',
  'subscriptions.blocked.usage_based': 'This subscription is billed on usage, so here it can only be cancelled.',
  'subscriptions.link.cannotCancel': (name) => `Your ${name} subscription can’t be cancelled here right now.`,
};

export default strings;
