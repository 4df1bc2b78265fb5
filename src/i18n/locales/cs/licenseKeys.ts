import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'licenseKeys'> = {
  'licenseKeys.title': 'Licenční klíče',
  'licenseKeys.loading': 'Načítání licenčních klíčů…',
  'licenseKeys.signedOut': 'Pro zobrazení licenčních klíčů se přihlaste.',
  'licenseKeys.empty': 'Nemáte žádné licenční klíče.',
  'licenseKeys.disabled': 'Licenční klíče zde nejsou k dispozici.',
  'licenseKeys.status.active': 'Aktivní',
  'licenseKeys.status.disabled': 'Deaktivovaný',
  'licenseKeys.status.expired': 'Platnost vypršela',
  'licenseKeys.key': 'Klíč',
  'licenseKeys.masked': (last4) => `Skrytý, končí na ${last4}`,
  'licenseKeys.show': 'Zobrazit klíč',
  'licenseKeys.copy': 'Kopírovat',
  'licenseKeys.copied': (product) => `Licenční klíč pro ${product} byl zkopírován.`,
  'licenseKeys.copyFailed': 'Klíč se nepodařilo zkopírovat. Nyní je zobrazen: označte ho a zkopírujte ručně.',
  'licenseKeys.activations': 'Aktivace',
  'licenseKeys.activationsOf': (used, limit) => `Využito ${used} z ${limit}`,
  'licenseKeys.activationsUnlimited': (used) => `Využito ${used}, bez omezení`,
  'licenseKeys.expires': 'Platnost do',
  'licenseKeys.expired': 'Platnost vypršela',
  'licenseKeys.never': 'Nikdy',
};

export default strings;
