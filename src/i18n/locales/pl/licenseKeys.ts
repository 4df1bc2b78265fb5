import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'licenseKeys'> = {
  'licenseKeys.title': 'Klucze licencyjne',
  'licenseKeys.loading': 'Wczytywanie kluczy licencyjnych…',
  'licenseKeys.signedOut': 'Zaloguj się, aby zobaczyć klucze licencyjne.',
  'licenseKeys.empty': 'Brak kluczy licencyjnych.',
  'licenseKeys.disabled': 'Klucze licencyjne nie są tutaj dostępne.',
  'licenseKeys.status.active': 'Aktywny',
  'licenseKeys.status.disabled': 'Wyłączony',
  'licenseKeys.status.expired': 'Wygasł',
  'licenseKeys.key': 'Klucz',
  'licenseKeys.masked': (last4) => `Ukryty, kończy się na ${last4}`,
  'licenseKeys.show': 'Pokaż klucz',
  'licenseKeys.copy': 'Kopiuj',
  'licenseKeys.copied': (product) => `Skopiowano klucz licencyjny ${product}.`,
  'licenseKeys.copyFailed': 'Nie udało się skopiować klucza. Jest teraz widoczny: zaznacz go i skopiuj ręcznie.',
  'licenseKeys.activations': 'Aktywacje',
  'licenseKeys.activationsOf': (used, limit) => `Wykorzystano ${used} z ${limit}`,
  'licenseKeys.activationsUnlimited': (used) => `Wykorzystano ${used}, bez limitu`,
  'licenseKeys.expires': 'Wygasa',
  'licenseKeys.expired': 'Wygasł',
  'licenseKeys.never': 'Nigdy',
};

export default strings;
