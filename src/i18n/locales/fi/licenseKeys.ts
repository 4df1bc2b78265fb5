import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'licenseKeys'> = {
  'licenseKeys.title': 'Lisenssiavaimet',
  'licenseKeys.loading': 'Ladataan lisenssiavaimia…',
  'licenseKeys.signedOut': 'Kirjaudu sisään nähdäksesi lisenssiavaimesi.',
  'licenseKeys.empty': 'Sinulla ei ole lisenssiavaimia.',
  'licenseKeys.disabled': 'Lisenssiavaimet eivät ole käytettävissä täällä.',
  'licenseKeys.status.active': 'Aktiivinen',
  'licenseKeys.status.disabled': 'Poistettu käytöstä',
  'licenseKeys.status.expired': 'Vanhentunut',
  'licenseKeys.key': 'Avain',
  'licenseKeys.masked': (last4) => `Piilotettu, loppuosa ${last4}`,
  'licenseKeys.show': 'Näytä avain',
  'licenseKeys.copy': 'Kopioi',
  'licenseKeys.copied': (product) => `${product}-lisenssiavain kopioitu.`,
  'licenseKeys.copyFailed': 'Avaimen kopiointi ei onnistunut. Se näytetään nyt: valitse ja kopioi se itse.',
  'licenseKeys.activations': 'Aktivoinnit',
  'licenseKeys.activationsOf': (used, limit) => `${used}/${limit} käytetty`,
  'licenseKeys.activationsUnlimited': (used) => `${used} käytetty, ei rajaa`,
  'licenseKeys.expires': 'Vanhenee',
  'licenseKeys.expired': 'Vanhentunut',
  'licenseKeys.never': 'Ei koskaan',
};

export default strings;
