import type { PartialNamespaceStrings } from '../../locales.js';

const strings: PartialNamespaceStrings<'profileForm'> = {
  'profileForm.line2': 'Flat, suite, floor (optional)',
  'profileForm.state': 'County, state, province or region (optional)',
  'profileForm.postalCode': 'Postcode',
};

export default strings;
