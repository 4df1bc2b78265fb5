import type { PartialNamespaceStrings } from '../../locales.js';

const strings: PartialNamespaceStrings<'paymentMethod'> = {
  'paymentMethod.pastDue': (name, amount) => `Your ${name} subscription is overdue: ${amount} is unpaid.`,
};

export default strings;
