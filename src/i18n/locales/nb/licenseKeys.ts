import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'licenseKeys'> = {
  'licenseKeys.title': 'Lisensnøkler',
  'licenseKeys.loading': 'Laster inn lisensnøkler…',
  'licenseKeys.signedOut': 'Logg inn for å se lisensnøklene dine.',
  'licenseKeys.empty': 'Du har ingen lisensnøkler.',
  'licenseKeys.disabled': 'Lisensnøkler er ikke tilgjengelige her.',
  'licenseKeys.status.active': 'Aktiv',
  'licenseKeys.status.disabled': 'Deaktivert',
  'licenseKeys.status.expired': 'Utløpt',
  'licenseKeys.key': 'Nøkkel',
  'licenseKeys.masked': (last4) => `Skjult, slutter på ${last4}`,
  'licenseKeys.show': 'Vis nøkkel',
  'licenseKeys.copy': 'Kopier',
  'licenseKeys.copied': (product) => `Lisensnøkkelen for ${product} er kopiert.`,
  'licenseKeys.copyFailed': 'Vi kunne ikke kopiere nøkkelen. Den vises nå: merk den og kopier den selv.',
  'licenseKeys.activations': 'Aktiveringer',
  'licenseKeys.activationsOf': (used, limit) => `${used} av ${limit} brukt`,
  'licenseKeys.activationsUnlimited': (used) => `${used} brukt, ingen grense`,
  'licenseKeys.expires': 'Utløper',
  'licenseKeys.expired': 'Utløpt',
  'licenseKeys.never': 'Aldri',
};

export default strings;
