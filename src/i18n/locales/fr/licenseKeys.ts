import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'licenseKeys'> = {
  'licenseKeys.title': 'Clés de licence',
  'licenseKeys.loading': 'Chargement des clés de licence…',
  'licenseKeys.signedOut': 'Connectez-vous pour voir vos clés de licence.',
  'licenseKeys.empty': 'Vous n’avez aucune clé de licence.',
  'licenseKeys.disabled': 'Les clés de licence ne sont pas disponibles ici.',
  'licenseKeys.status.active': 'Active',
  'licenseKeys.status.disabled': 'Désactivée',
  'licenseKeys.status.expired': 'Expirée',
  'licenseKeys.key': 'Clé',
  'licenseKeys.masked': (last4) => `Masquée, se termine par ${last4}`,
  'licenseKeys.show': 'Afficher la clé',
  'licenseKeys.copy': 'Copier',
  'licenseKeys.copied': (product) => `Clé de licence ${product} copiée.`,
  'licenseKeys.copyFailed': 'Impossible de copier la clé. Elle est maintenant affichée\u202f: sélectionnez-la et copiez-la vous-même.',
  'licenseKeys.activations': 'Activations',
  'licenseKeys.activationsOf': (used, limit) => `${used} sur ${limit} utilisées`,
  'licenseKeys.activationsUnlimited': (used) => `${used} utilisées, sans limite`,
  'licenseKeys.expires': 'Expiration',
  'licenseKeys.expired': 'Expirée',
  'licenseKeys.never': 'Jamais',
};

export default strings;
