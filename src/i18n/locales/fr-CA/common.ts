import type { PartialNamespaceStrings } from '../../locales.js';

const strings: PartialNamespaceStrings<'common'> = {
  'session.invalidLink.body': 'Il a expiré ou a déjà été utilisé. Saisissez votre adresse courriel et nous vous en enverrons un nouveau.',
  'login.intro': 'Saisissez l’adresse courriel utilisée lors de l’achat. Nous vous enverrons un lien de connexion sécurisé par courriel.',
  'login.email': 'Adresse courriel',
  'login.invalidEmail': 'Saisissez une adresse courriel du type nom@example.com.',
  'login.again': 'Utiliser une autre adresse courriel',
};

export default strings;
