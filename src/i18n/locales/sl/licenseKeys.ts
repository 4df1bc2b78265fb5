import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'licenseKeys'> = {
  'licenseKeys.title': 'Licenčni ključi',
  'licenseKeys.loading': 'Nalaganje licenčnih ključev…',
  'licenseKeys.signedOut': 'Za ogled licenčnih ključev se prijavite.',
  'licenseKeys.empty': 'Nimate licenčnih ključev.',
  'licenseKeys.disabled': 'Licenčni ključi tu niso na voljo.',
  'licenseKeys.status.active': 'Aktiven',
  'licenseKeys.status.disabled': 'Onemogočen',
  'licenseKeys.status.expired': 'Potekel',
  'licenseKeys.key': 'Ključ',
  'licenseKeys.masked': (last4) => `Skrit, konča se na ${last4}`,
  'licenseKeys.show': 'Pokaži ključ',
  'licenseKeys.copy': 'Kopiraj',
  'licenseKeys.copied': (product) => `Licenčni ključ za ${product} je kopiran.`,
  'licenseKeys.copyFailed': 'Ključa ni bilo mogoče kopirati. Zdaj je prikazan: označite ga in ga kopirajte sami.',
  'licenseKeys.activations': 'Aktivacije',
  'licenseKeys.activationsOf': (used, limit) => `Uporabljeno ${used} od ${limit}`,
  'licenseKeys.activationsUnlimited': (used) => `Uporabljeno ${used}, brez omejitve`,
  'licenseKeys.expires': 'Poteče',
  'licenseKeys.expired': 'Potekel',
  'licenseKeys.never': 'Nikoli',
};

export default strings;
