import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'licenseKeys'> = {
  'licenseKeys.title': 'Licences atslēgas',
  'licenseKeys.loading': 'Ielādē licences atslēgas…',
  'licenseKeys.signedOut': 'Piesakieties, lai skatītu savas licences atslēgas.',
  'licenseKeys.empty': 'Jums nav licences atslēgu.',
  'licenseKeys.disabled': 'Licences atslēgas šeit nav pieejamas.',
  'licenseKeys.status.active': 'Aktīva',
  'licenseKeys.status.disabled': 'Atspējota',
  'licenseKeys.status.expired': 'Beidzies derīgums',
  'licenseKeys.key': 'Atslēga',
  'licenseKeys.masked': (last4) => `Paslēpta, beidzas ar ${last4}`,
  'licenseKeys.show': 'Rādīt atslēgu',
  'licenseKeys.copy': 'Kopēt',
  'licenseKeys.copied': (product) => `Produkta ${product} licences atslēga nokopēta.`,
  'licenseKeys.copyFailed': 'Atslēgu neizdevās nokopēt. Tā tagad ir redzama: atlasiet un nokopējiet to paši.',
  'licenseKeys.activations': 'Aktivizācijas',
  'licenseKeys.activationsOf': (used, limit) => `Izmantotas ${used} no ${limit}`,
  'licenseKeys.activationsUnlimited': (used) => `Izmantotas ${used}, bez ierobežojuma`,
  'licenseKeys.expires': 'Derīga līdz',
  'licenseKeys.expired': 'Beidzies derīgums',
  'licenseKeys.never': 'Nekad',
};

export default strings;
