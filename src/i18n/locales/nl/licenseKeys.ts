import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'licenseKeys'> = {
  'licenseKeys.title': 'Licentiesleutels',
  'licenseKeys.loading': 'Licentiesleutels laden…',
  'licenseKeys.signedOut': 'Log in om je licentiesleutels te zien.',
  'licenseKeys.empty': 'Je hebt geen licentiesleutels.',
  'licenseKeys.disabled': 'Licentiesleutels zijn hier niet beschikbaar.',
  'licenseKeys.status.active': 'Actief',
  'licenseKeys.status.disabled': 'Uitgeschakeld',
  'licenseKeys.status.expired': 'Verlopen',
  'licenseKeys.key': 'Sleutel',
  'licenseKeys.masked': (last4) => `Verborgen, eindigt op ${last4}`,
  'licenseKeys.show': 'Sleutel tonen',
  'licenseKeys.copy': 'Kopiëren',
  'licenseKeys.copied': (product) => `Licentiesleutel voor ${product} gekopieerd.`,
  'licenseKeys.copyFailed': 'We konden de sleutel niet kopiëren. Hij wordt nu getoond: selecteer en kopieer hem zelf.',
  'licenseKeys.activations': 'Activeringen',
  'licenseKeys.activationsOf': (used, limit) => `${used} van ${limit} gebruikt`,
  'licenseKeys.activationsUnlimited': (used) => `${used} gebruikt, geen limiet`,
  'licenseKeys.expires': 'Verloopt',
  'licenseKeys.expired': 'Verlopen',
  'licenseKeys.never': 'Nooit',
};

export default strings;
