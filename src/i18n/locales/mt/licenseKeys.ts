import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'licenseKeys'> = {
  'licenseKeys.title': 'Ċwievet tal-liċenzja',
  'licenseKeys.loading': 'Qed jitgħabbew iċ-ċwievet tal-liċenzja…',
  'licenseKeys.signedOut': 'Idħol biex tara ċ-ċwievet tal-liċenzja tiegħek.',
  'licenseKeys.empty': 'M’għandek l-ebda ċavetta tal-liċenzja.',
  'licenseKeys.disabled': 'Iċ-ċwievet tal-liċenzja mhumiex disponibbli hawn.',
  'licenseKeys.status.active': 'Attiva',
  'licenseKeys.status.disabled': 'Diżattivata',
  'licenseKeys.status.expired': 'Skaduta',
  'licenseKeys.key': 'Ċavetta',
  'licenseKeys.masked': (last4) => `Moħbija, l-aħħar erba’ ċifri ${last4}`,
  'licenseKeys.show': 'Uri ċ-ċavetta',
  'licenseKeys.copy': 'Ikkopja',
  'licenseKeys.copied': (product) => `Iċ-ċavetta tal-liċenzja ta’ ${product} ġiet ikkopjata.`,
  'licenseKeys.copyFailed': 'Ma stajniex nikkopjaw iċ-ċavetta. Issa qed tidher: agħżilha u kkopjaha int.',
  'licenseKeys.activations': 'Attivazzjonijiet',
  'licenseKeys.activationsOf': (used, limit) => `${used} minn ${limit} użati`,
  'licenseKeys.activationsUnlimited': (used) => `${used} użati, bla limitu`,
  'licenseKeys.expires': 'Tiskadi',
  'licenseKeys.expired': 'Skadiet',
  'licenseKeys.never': 'Qatt',
};

export default strings;
