import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'licenseKeys'> = {
  'licenseKeys.title': 'Chei de licență',
  'licenseKeys.loading': 'Se încarcă cheile de licență…',
  'licenseKeys.signedOut': 'Conectați-vă pentru a vedea cheile de licență.',
  'licenseKeys.empty': 'Nu aveți chei de licență.',
  'licenseKeys.disabled': 'Cheile de licență nu sunt disponibile aici.',
  'licenseKeys.status.active': 'Activă',
  'licenseKeys.status.disabled': 'Dezactivată',
  'licenseKeys.status.expired': 'Expirată',
  'licenseKeys.key': 'Cheie',
  'licenseKeys.masked': (last4) => `Ascunsă, se termină în ${last4}`,
  'licenseKeys.show': 'Afișați cheia',
  'licenseKeys.copy': 'Copiați',
  'licenseKeys.copied': (product) => `Cheia de licență pentru ${product} a fost copiată.`,
  'licenseKeys.copyFailed': 'Nu am putut copia cheia. Acum este afișată: selectați-o și copiați-o manual.',
  'licenseKeys.activations': 'Activări',
  'licenseKeys.activationsOf': (used, limit) => `${used} din ${limit} folosite`,
  'licenseKeys.activationsUnlimited': (used) => `${used} folosite, fără limită`,
  'licenseKeys.expires': 'Expiră',
  'licenseKeys.expired': 'Expirată',
  'licenseKeys.never': 'Niciodată',
};

export default strings;
