import type { PartialNamespaceStrings } from '../../locales.js';

const strings: PartialNamespaceStrings<'paymentMethodDialog'> = {
  'paymentMethodDialog.declined.still': (name, onHold) =>
    `Your ${name} subscription is still ${onHold ? 'on hold' : 'overdue'}. Choose another payment method, or add a new one, and try again.`,
};

export default strings;
