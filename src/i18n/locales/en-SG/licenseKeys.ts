import type { PartialNamespaceStrings } from '../../locales.js';

const strings: PartialNamespaceStrings<'licenseKeys'> = {
  'licenseKeys.title': 'Licence keys',
  'licenseKeys.loading': 'Loading licence keys…',
  'licenseKeys.signedOut': 'Sign in to see your licence keys.',
  'licenseKeys.empty': 'You have no licence keys.',
  'licenseKeys.disabled': 'Licence keys aren’t available here.',
  'licenseKeys.copied': (product) => `Copied the ${product} licence key.`,
};

export default strings;
