import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'licenseKeys'> = {
  'licenseKeys.title': 'Licensnøgler',
  'licenseKeys.loading': 'Indlæser licensnøgler…',
  'licenseKeys.signedOut': 'Log ind for at se dine licensnøgler.',
  'licenseKeys.empty': 'Du har ingen licensnøgler.',
  'licenseKeys.disabled': 'Licensnøgler er ikke tilgængelige her.',
  'licenseKeys.status.active': 'Aktiv',
  'licenseKeys.status.disabled': 'Deaktiveret',
  'licenseKeys.status.expired': 'Udløbet',
  'licenseKeys.key': 'Nøgle',
  'licenseKeys.masked': (last4) => `Skjult, slutter på ${last4}`,
  'licenseKeys.show': 'Vis nøgle',
  'licenseKeys.copy': 'Kopiér',
  'licenseKeys.copied': (product) => `Licensnøglen til ${product} er kopieret.`,
  'licenseKeys.copyFailed': 'Vi kunne ikke kopiere nøglen. Den vises nu: markér den, og kopiér den selv.',
  'licenseKeys.activations': 'Aktiveringer',
  'licenseKeys.activationsOf': (used, limit) => `${used} af ${limit} brugt`,
  'licenseKeys.activationsUnlimited': (used) => `${used} brugt, ingen grænse`,
  'licenseKeys.expires': 'Udløber',
  'licenseKeys.expired': 'Udløbet',
  'licenseKeys.never': 'Aldrig',
};

export default strings;
