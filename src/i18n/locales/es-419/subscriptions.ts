import type { PartialNamespaceStrings } from '../../locales.js';

const strings: PartialNamespaceStrings<'subscriptions'> = {
  'subscriptions.pm.expired': (c) => `${c} (vencida)`,
  'subscriptions.conflict': 'Cambió mientras tanto. Revísala y vuelve a intentarlo.',
};

export default strings;
