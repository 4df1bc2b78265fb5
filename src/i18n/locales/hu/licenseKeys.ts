import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'licenseKeys'> = {
  'licenseKeys.title': 'Licenckulcsok',
  'licenseKeys.loading': 'Licenckulcsok betöltése…',
  'licenseKeys.signedOut': 'Jelentkezzen be a licenckulcsai megtekintéséhez.',
  'licenseKeys.empty': 'Nincsenek licenckulcsai.',
  'licenseKeys.disabled': 'A licenckulcsok itt nem érhetők el.',
  'licenseKeys.status.active': 'Aktív',
  'licenseKeys.status.disabled': 'Letiltva',
  'licenseKeys.status.expired': 'Lejárt',
  'licenseKeys.key': 'Kulcs',
  'licenseKeys.masked': (last4) => `Rejtett, végződés: ${last4}`,
  'licenseKeys.show': 'Kulcs megjelenítése',
  'licenseKeys.copy': 'Másolás',
  'licenseKeys.copied': (product) => `Licenckulcs kimásolva: ${product}.`,
  'licenseKeys.copyFailed': 'Nem sikerült kimásolni a kulcsot. Most látható: jelölje ki, és másolja ki saját maga.',
  'licenseKeys.activations': 'Aktiválások',
  'licenseKeys.activationsOf': (used, limit) => `${used}/${limit} felhasználva`,
  'licenseKeys.activationsUnlimited': (used) => `${used} felhasználva, korlátlan`,
  'licenseKeys.expires': 'Lejárat',
  'licenseKeys.expired': 'Lejárt',
  'licenseKeys.never': 'Soha',
};

export default strings;
