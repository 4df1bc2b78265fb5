import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profile'> = {
  'profile.title': 'Vos informations',
  'profile.loading': 'Chargement de vos informations…',
  'profile.signedOut': 'Connectez-vous pour voir vos informations.',
  'profile.allReadOnly': 'Vos informations ne peuvent pas être modifiées ici. Contactez-nous pour les mettre à jour.',
  'profile.edit': 'Modifier les informations',
  'profile.notProvided': 'Non renseigné',
  'profile.name': 'Nom',
  'profile.email': 'Adresse e-mail',
  'profile.phone': 'Téléphone',
  'profile.billing': 'Adresse de facturation',
  'profile.shipping': 'Adresse de livraison',
  'profile.taxIds': 'Numéros fiscaux',
  'profile.taxType.eu_vat': 'Numéro de TVA intracommunautaire',
  'profile.taxType.gb_vat': 'Numéro de TVA britannique',
  'profile.taxType.us_ein': 'EIN américain',
  'profile.taxType.au_abn': 'ABN australien',
  'profile.taxType.ca_bn': 'Numéro d’entreprise canadien',
  'profile.taxType.ca_gst_hst': 'Numéro de TPS/TVH canadien',
  'profile.taxType.ch_vat': 'Numéro de TVA suisse',
  'profile.taxType.no_vat': 'Numéro de TVA norvégien',
  'profile.taxType.nz_gst': 'Numéro de GST néo-zélandais',
  'profile.taxType.in_gst': 'Numéro de GST indien',
  'profile.taxType.za_vat': 'Numéro de TVA sud-africain',
  'profile.taxType.ae_trn': 'TRN émirien',
  'profile.taxType.jp_cn': 'Numéro d’entreprise japonais',
  'profile.taxType.sg_gst': 'Numéro de GST singapourien',
  'profile.saved': 'Enregistré.',
};

export default strings;
