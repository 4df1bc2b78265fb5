import type { PartialNamespaceStrings } from '../../locales.js';

const strings: PartialNamespaceStrings<'subscriptionFlows'> = {
  'subscriptions.change.taxInclusive': 'Indisponible\u202f: prix taxes incluses, le vôtre avant taxes.',
  'subscriptions.change.taxExclusive': 'Indisponible\u202f: prix avant taxes, le vôtre taxes incluses.',
};

export default strings;
