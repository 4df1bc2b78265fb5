import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'licenseKeys'> = {
  'licenseKeys.title': 'Licencijų raktai',
  'licenseKeys.loading': 'Įkeliami licencijų raktai…',
  'licenseKeys.signedOut': 'Prisijunkite, kad matytumėte licencijų raktus.',
  'licenseKeys.empty': 'Licencijų raktų neturite.',
  'licenseKeys.disabled': 'Licencijų raktai čia nepasiekiami.',
  'licenseKeys.status.active': 'Aktyvus',
  'licenseKeys.status.disabled': 'Išjungtas',
  'licenseKeys.status.expired': 'Nebegalioja',
  'licenseKeys.key': 'Raktas',
  'licenseKeys.masked': (last4) => `Paslėptas, baigiasi ${last4}`,
  'licenseKeys.show': 'Rodyti raktą',
  'licenseKeys.copy': 'Kopijuoti',
  'licenseKeys.copied': (product) => `${product} licencijos raktas nukopijuotas.`,
  'licenseKeys.copyFailed': 'Rakto nukopijuoti nepavyko. Dabar jis rodomas: pažymėkite ir nukopijuokite patys.',
  'licenseKeys.activations': 'Aktyvinimai',
  'licenseKeys.activationsOf': (used, limit) => `Panaudota ${used} iš ${limit}`,
  'licenseKeys.activationsUnlimited': (used) => `Panaudota ${used}, be apribojimų`,
  'licenseKeys.expires': 'Galioja iki',
  'licenseKeys.expired': 'Nebegalioja',
  'licenseKeys.never': 'Niekada',
};

export default strings;
