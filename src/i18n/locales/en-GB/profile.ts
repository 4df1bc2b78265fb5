import type { PartialNamespaceStrings } from '../../locales.js';

const strings: PartialNamespaceStrings<'profile'> = {
  'profile.shipping': 'Delivery address',
  'profile.line2': 'Flat, suite, floor (optional)',
  'profile.state': 'County, state, province or region (optional)',
  'profile.postalCode': 'Postcode',
};

export default strings;
