import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'licenseKeys'> = {
  'licenseKeys.title': 'Licenčné kľúče',
  'licenseKeys.loading': 'Načítavajú sa licenčné kľúče…',
  'licenseKeys.signedOut': 'Ak chcete vidieť svoje licenčné kľúče, prihláste sa.',
  'licenseKeys.empty': 'Nemáte žiadne licenčné kľúče.',
  'licenseKeys.disabled': 'Licenčné kľúče tu nie sú k dispozícii.',
  'licenseKeys.status.active': 'Aktívny',
  'licenseKeys.status.disabled': 'Deaktivovaný',
  'licenseKeys.status.expired': 'Platnosť vypršala',
  'licenseKeys.key': 'Kľúč',
  'licenseKeys.masked': (last4) => `Skrytý, končí na ${last4}`,
  'licenseKeys.show': 'Zobraziť kľúč',
  'licenseKeys.copy': 'Kopírovať',
  'licenseKeys.copied': (product) => `Licenčný kľúč pre ${product} bol skopírovaný.`,
  'licenseKeys.copyFailed': 'Kľúč sa nepodarilo skopírovať. Teraz je zobrazený: označte ho a skopírujte ručne.',
  'licenseKeys.activations': 'Aktivácie',
  'licenseKeys.activationsOf': (used, limit) => `Využité ${used} z ${limit}`,
  'licenseKeys.activationsUnlimited': (used) => `Využité ${used}, bez obmedzenia`,
  'licenseKeys.expires': 'Platnosť do',
  'licenseKeys.expired': 'Platnosť vypršala',
  'licenseKeys.never': 'Nikdy',
};

export default strings;
