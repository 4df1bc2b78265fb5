import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'licenseKeys'> = {
  'licenseKeys.title': 'Mga license key',
  'licenseKeys.loading': 'Nilo-load ang mga license key…',
  'licenseKeys.signedOut': 'Mag-sign in para makita ang mga license key mo.',
  'licenseKeys.empty': 'Wala kang license key.',
  'licenseKeys.disabled': 'Hindi available dito ang mga license key.',
  'licenseKeys.status.active': 'Aktibo',
  'licenseKeys.status.disabled': 'Naka-disable',
  'licenseKeys.status.expired': 'Nag-expire na',
  'licenseKeys.key': 'License key',
  'licenseKeys.masked': (last4) => `Nakatago, nagtatapos sa ${last4}`,
  'licenseKeys.show': 'Ipakita ang key',
  'licenseKeys.copy': 'Kopyahin',
  'licenseKeys.copied': (product) => `Nakopya ang license key ng ${product}.`,
  'licenseKeys.copyFailed': 'Hindi namin makopya ang key. Ipinapakita na ito ngayon: piliin ito at ikaw na ang kumopya.',
  'licenseKeys.activations': 'Mga activation',
  'licenseKeys.activationsOf': (used, limit) => `${used} sa ${limit} ang nagamit`,
  'licenseKeys.activationsUnlimited': (used) => `${used} ang nagamit, walang limitasyon`,
  'licenseKeys.expires': 'Mag-e-expire',
  'licenseKeys.expired': 'Nag-expire na',
  'licenseKeys.never': 'Hindi kailanman',
};

export default strings;
