import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'email'> = {
  'email.login.subject': (business) => `Votre lien de connexion à ${business}`,
  'email.login.body': (name, business, url, hours) =>
    `Bonjour ${name},\n\nUtilisez ce lien pour gérer votre facturation avec ${business}\u202f:\n\n${url}\n\n` +
    `Le lien ne fonctionne qu’une fois et expire dans ${hours} heures. Si vous ne l’avez pas demandé, ignorez cet e-mail.`,
  'email.paymentSucceeded.subject': (amount, invoice) => `Paiement de ${amount} reçu pour la facture ${invoice}`,
  'email.paymentSucceeded.body': (name, amount, invoice, method, business) =>
    `Bonjour ${name},\n\nNous avons bien reçu votre paiement de ${amount} pour la facture ${invoice}, réglé avec ${method}. Merci.\n\n${business}`,
  'email.reactivated.subject': (product) => `Votre abonnement ${product} est de nouveau actif`,
  'email.reactivated.body': (name, product, amount, invoice, business) =>
    `Bonjour ${name},\n\nVotre abonnement ${product} est de nouveau actif\u202f: le montant dû de ${amount} (facture ${invoice}) ` +
    `a été réglé. Vous n’avez rien d’autre à faire.\n\n${business}`,
};

export default strings;
