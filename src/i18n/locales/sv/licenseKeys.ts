import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'licenseKeys'> = {
  'licenseKeys.title': 'Licensnycklar',
  'licenseKeys.loading': 'Läser in licensnycklar…',
  'licenseKeys.signedOut': 'Logga in för att se dina licensnycklar.',
  'licenseKeys.empty': 'Du har inga licensnycklar.',
  'licenseKeys.disabled': 'Licensnycklar är inte tillgängliga här.',
  'licenseKeys.status.active': 'Aktiv',
  'licenseKeys.status.disabled': 'Inaktiverad',
  'licenseKeys.status.expired': 'Har gått ut',
  'licenseKeys.key': 'Nyckel',
  'licenseKeys.masked': (last4) => `Dold, slutar på ${last4}`,
  'licenseKeys.show': 'Visa nyckel',
  'licenseKeys.copy': 'Kopiera',
  'licenseKeys.copied': (product) => `Licensnyckeln för ${product} har kopierats.`,
  'licenseKeys.copyFailed': 'Vi kunde inte kopiera nyckeln. Den visas nu: markera och kopiera den själv.',
  'licenseKeys.activations': 'Aktiveringar',
  'licenseKeys.activationsOf': (used, limit) => `${used} av ${limit} används`,
  'licenseKeys.activationsUnlimited': (used) => `${used} används, ingen gräns`,
  'licenseKeys.expires': 'Går ut',
  'licenseKeys.expired': 'Har gått ut',
  'licenseKeys.never': 'Aldrig',
};

export default strings;
