import type { PartialNamespaceStrings } from '../../locales.js';

const strings: PartialNamespaceStrings<'profile'> = {
  'profile.email': 'Adresse courriel',
  'profile.taxType.ca_bn': 'Numéro d’entreprise (NE)',
  'profile.taxType.ca_gst_hst': 'Numéro de TPS/TVH',
};

export default strings;
