import type { PartialNamespaceStrings } from '../../locales.js';

const strings: PartialNamespaceStrings<'profileForm'> = {
  'profileForm.line2': 'Unit, suite, floor (optional)',
  'profileForm.postalCode': 'Postcode',
};

export default strings;
