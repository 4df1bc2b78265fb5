import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'licenseKeys'> = {
  'licenseKeys.title': 'Litsentsivõtmed',
  'licenseKeys.loading': 'Litsentsivõtmete laadimine…',
  'licenseKeys.signedOut': 'Logige sisse, et näha oma litsentsivõtmeid.',
  'licenseKeys.empty': 'Teil pole litsentsivõtmeid.',
  'licenseKeys.disabled': 'Litsentsivõtmed pole siin saadaval.',
  'licenseKeys.status.active': 'Aktiivne',
  'licenseKeys.status.disabled': 'Keelatud',
  'licenseKeys.status.expired': 'Aegunud',
  'licenseKeys.key': 'Võti',
  'licenseKeys.masked': (last4) => `Peidetud, lõpeb: ${last4}`,
  'licenseKeys.show': 'Näita võtit',
  'licenseKeys.copy': 'Kopeeri',
  'licenseKeys.copied': (product) => `Toote ${product} litsentsivõti on kopeeritud.`,
  'licenseKeys.copyFailed': 'Võtit ei õnnestunud kopeerida. See on nüüd nähtav: valige see ja kopeerige ise.',
  'licenseKeys.activations': 'Aktiveerimised',
  'licenseKeys.activationsOf': (used, limit) => `${used}/${limit} kasutatud`,
  'licenseKeys.activationsUnlimited': (used) => `${used} kasutatud, piiranguta`,
  'licenseKeys.expires': 'Aegub',
  'licenseKeys.expired': 'Aegunud',
  'licenseKeys.never': 'Mitte kunagi',
};

export default strings;
