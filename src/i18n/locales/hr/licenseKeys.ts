import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'licenseKeys'> = {
  'licenseKeys.title': 'Licencni ključevi',
  'licenseKeys.loading': 'Učitavanje licencnih ključeva…',
  'licenseKeys.signedOut': 'Prijavite se da biste vidjeli svoje licencne ključeve.',
  'licenseKeys.empty': 'Nemate licencnih ključeva.',
  'licenseKeys.disabled': 'Licencni ključevi ovdje nisu dostupni.',
  'licenseKeys.status.active': 'Aktivan',
  'licenseKeys.status.disabled': 'Onemogućen',
  'licenseKeys.status.expired': 'Istekao',
  'licenseKeys.key': 'Ključ',
  'licenseKeys.masked': (last4) => `Skriven, završava na ${last4}`,
  'licenseKeys.show': 'Prikaži ključ',
  'licenseKeys.copy': 'Kopiraj',
  'licenseKeys.copied': (product) => `Licencni ključ za ${product} je kopiran.`,
  'licenseKeys.copyFailed': 'Ključ nije moguće kopirati. Sada je prikazan: označite ga i kopirajte sami.',
  'licenseKeys.activations': 'Aktivacije',
  'licenseKeys.activationsOf': (used, limit) => `Iskorišteno ${used} od ${limit}`,
  'licenseKeys.activationsUnlimited': (used) => `Iskorišteno ${used}, bez ograničenja`,
  'licenseKeys.expires': 'Istječe',
  'licenseKeys.expired': 'Istekao',
  'licenseKeys.never': 'Nikad',
};

export default strings;
