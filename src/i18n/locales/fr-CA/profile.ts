import type { PartialNamespaceStrings } from '../../locales.js';

const strings: PartialNamespaceStrings<'profile'> = {
  'profile.email': 'Adresse courriel',
  'profile.phoneHint': 'Avec l’indicatif de pays, par exemple +1 514 555 0132.',
  'profile.state': 'Province, État ou région (facultatif)',
  'profile.taxType.ca_bn': 'Numéro d’entreprise (NE)',
  'profile.taxType.ca_gst_hst': 'Numéro de TPS/TVH',
  'profile.invalidEmail': 'Saisissez une adresse courriel du type nom@example.com.',
};

export default strings;
