/** English, `licenseKeys`: `<portal-license-keys>`. */
const strings = {
  'licenseKeys.title': 'License keys',
  'licenseKeys.loading': 'Loading license keys…',
  'licenseKeys.signedOut': 'Sign in to see your license keys.',
  'licenseKeys.empty': 'You have no license keys.',
  'licenseKeys.disabled': 'License keys aren’t available here.',
  'licenseKeys.status.active': 'Active',
  'licenseKeys.status.disabled': 'Disabled',
  'licenseKeys.status.expired': 'Expired',
  'licenseKeys.key': 'Key',
  'licenseKeys.masked': (last4: string) => `Hidden, ends in ${last4}`,
  'licenseKeys.show': 'Show key',
  'licenseKeys.copy': 'Copy',
  'licenseKeys.copied': (product: string) => `Copied the ${product} license key.`,
  'licenseKeys.copyFailed': 'We couldn’t copy the key. It’s shown now: select it and copy it yourself.',
  'licenseKeys.activations': 'Activations',
  'licenseKeys.activationsOf': (used: string, limit: string) => `${used} of ${limit} used`,
  'licenseKeys.activationsUnlimited': (used: string) => `${used} used, no limit`,
  'licenseKeys.expires': 'Expires',
  'licenseKeys.expired': 'Expired',
  'licenseKeys.never': 'Never',
} satisfies Record<string, string | ((...args: never[]) => string)>;

export default strings;
