import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'paymentMethodDialog'> = {
  'paymentMethodDialog.add': 'Ajouter un nouveau moyen de paiement',
  'paymentMethodDialog.addHint': 'Vous saisirez les informations sur la page sécurisée de notre prestataire de paiement, puis reviendrez ici.',
  'paymentMethodDialog.flag.default': 'Par défaut',
  'paymentMethodDialog.flag.current': 'Actuel',
  'paymentMethodDialog.usedBy': (names) => `Utilisé pour ${names}`,
  'paymentMethodDialog.close': 'Fermer',
  'paymentMethodDialog.cancel': 'Annuler',
  'paymentMethodDialog.done': 'Terminé',
  'paymentMethodDialog.dialog.title': 'Vos moyens de paiement',
  'paymentMethodDialog.dialog.subscriptionTitle': (name) => `Moyen de paiement de ${name}`,
  'paymentMethodDialog.dialog.reactivateTitle': (name) => `Réactiver ${name}`,
  'paymentMethodDialog.dialog.onHoldIntro': (name) =>
    `Votre abonnement ${name} est suspendu suite à un échec de paiement. Choisissez un moyen de paiement\u202f: le montant dû y sera débité et l’abonnement redémarrera.`,
  'paymentMethodDialog.dialog.pastDueIntro': (name) =>
    `Un paiement de votre abonnement ${name} a échoué. Choisissez un moyen de paiement\u202f: le montant dû y sera débité.`,
  'paymentMethodDialog.dialog.outstanding': 'Montant dû maintenant',
  'paymentMethodDialog.dialog.saved': 'Moyens de paiement enregistrés',
  'paymentMethodDialog.makeDefault': 'Définir par défaut',
  'paymentMethodDialog.saving': 'Enregistrement…',
  'paymentMethodDialog.alreadyDefault': 'C’est votre moyen de paiement par défaut.',
  'paymentMethodDialog.defaultDone': (name) => `${name} est désormais votre moyen de paiement par défaut.`,
  'paymentMethodDialog.useFor': (name) => `Utiliser pour ${name}`,
  'paymentMethodDialog.alreadyUsed': (name) => `${name} utilise déjà ce moyen de paiement.`,
  'paymentMethodDialog.usedNow': (subscription, method) => `${subscription} est désormais payé avec ${method}.`,
  'paymentMethodDialog.pay': (amount) => `Payer ${amount} et réactiver`,
  'paymentMethodDialog.paying': 'Paiement…',
  'paymentMethodDialog.reactivated.title': 'Paiement reçu',
  'paymentMethodDialog.reactivated.body': (name, amount) => `${amount} ont été payés et votre abonnement ${name} est de nouveau actif.`,
  'paymentMethodDialog.reactivated.with': (method) => `Payé avec ${method}.`,
  'paymentMethodDialog.reactivated.renews': (date) => `Il sera renouvelé le ${date}.`,
  'paymentMethodDialog.reactivated.announce': (name, amount) => `${amount} payés. Votre abonnement ${name} est de nouveau actif.`,
  'paymentMethodDialog.receipt': (number) => `Reçu\u202f: facture ${number} (PDF)`,
  'paymentMethodDialog.declined.title': 'Le paiement n’a pas abouti.',
  'paymentMethodDialog.declined.still': (name, onHold) =>
    `Votre abonnement ${name} est toujours ${onHold ? 'suspendu' : 'en retard de paiement'}. Choisissez un autre moyen de paiement ou ajoutez-en un, puis réessayez.`,
  'paymentMethodDialog.conflict': 'Cet abonnement a été modifié entre-temps. Vérifiez les informations et réessayez.',
  'paymentMethodDialog.conflictSettled': (name) => `${name} n’a plus rien à payer\u202f; aucun montant n’a été débité.`,
  'paymentMethodDialog.remove': (name) => `Supprimer ${name}`,
  'paymentMethodDialog.remove.confirm': (name) => `Supprimer ${name}\u202f?`,
  'paymentMethodDialog.remove.moves': (names) => `Votre moyen de paiement par défaut sera utilisé à la place pour ${names}.`,
  'paymentMethodDialog.remove.yes': 'Supprimer',
  'paymentMethodDialog.remove.no': 'Le garder',
  'paymentMethodDialog.removing': 'Suppression…',
  'paymentMethodDialog.remove.lastNeeded':
    'C’est votre seul moyen de paiement et vos abonnements en ont besoin\u202f: il ne peut pas être supprimé. Ajoutez d’abord un autre moyen de paiement.',
  'paymentMethodDialog.remove.refused': (message) => `Il n’a pas été supprimé. ${message}`,
  'paymentMethodDialog.removed': (name) => `${name} a été supprimé.`,
  'paymentMethodDialog.added': (name) => `${name} a été ajouté.`,
  'paymentMethodDialog.addedPayNext': (name, amount) =>
    `${name} a été ajouté. Cliquez sur «\u202fPayer ${amount} et réactiver\u202f» pour l’utiliser.`,
};

export default strings;
