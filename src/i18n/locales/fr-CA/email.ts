import type { PartialNamespaceStrings } from '../../locales.js';

const strings: PartialNamespaceStrings<'email'> = {
  'email.login.body': (name, business, url, hours) =>
    `Bonjour ${name},\n\nUtilisez ce lien pour gérer votre facturation avec ${business}\u202f:\n\n${url}\n\n` +
    `Le lien ne fonctionne qu’une fois et expire dans ${hours} heures. Si vous ne l’avez pas demandé, ignorez ce courriel.`,
};

export default strings;
