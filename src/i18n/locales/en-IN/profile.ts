import type { PartialNamespaceStrings } from '../../locales.js';

const strings: PartialNamespaceStrings<'profile'> = {
  'profile.shipping': 'Delivery address',
  'profile.line2': 'Flat, suite, floor (optional)',
};

export default strings;
