import type { PartialNamespaceStrings } from '../../locales.js';

const strings: PartialNamespaceStrings<'profileForm'> = {
  'profileForm.line2': 'Flat, suite, floor (optional)',
};

export default strings;
