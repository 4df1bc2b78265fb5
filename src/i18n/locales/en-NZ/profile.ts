import type { PartialNamespaceStrings } from '../../locales.js';

const strings: PartialNamespaceStrings<'profile'> = {
  'profile.shipping': 'Delivery address',
  'profile.line2': 'Unit, suite, floor (optional)',
  'profile.postalCode': 'Postcode',
};

export default strings;
