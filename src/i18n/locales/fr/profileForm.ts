import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profileForm'> = {
  'profileForm.readOnly': 'Contactez-nous pour modifier ce champ.',
  'profileForm.contact': 'Contact',
  'profileForm.phone': 'Téléphone (facultatif)',
  'profileForm.phoneHint': 'Avec l’indicatif du pays, par exemple +33 1 23 45 67 89.',
  'profileForm.addressHint': 'Laissez tous les champs vides pour supprimer cette adresse.',
  'profileForm.shippingName': 'Destinataire',
  'profileForm.shippingPhone': 'Téléphone du destinataire (facultatif)',
  'profileForm.line1': 'Adresse',
  'profileForm.line2': 'Appartement, bâtiment, étage (facultatif)',
  'profileForm.city': 'Ville',
  'profileForm.state': 'État, province ou région (facultatif)',
  'profileForm.postalCode': 'Code postal',
  'profileForm.country': 'Pays',
  'profileForm.chooseCountry': 'Choisissez un pays',
  'profileForm.taxIds.hint': 'Affichés sur vos factures.',
  'profileForm.taxIds.none': 'Aucun numéro fiscal.',
  'profileForm.taxId': (n) => `Numéro fiscal ${n}`,
  'profileForm.taxType': 'Type',
  'profileForm.taxValue': 'Numéro',
  'profileForm.taxExample': (example) => `Par exemple ${example}.`,
  'profileForm.taxAdd': 'Ajouter un numéro fiscal',
  'profileForm.taxRemove': 'Supprimer',
  'profileForm.taxRemoved': (n) => `Numéro fiscal ${n} supprimé. Enregistrez pour conserver la modification.`,
  'profileForm.save': 'Enregistrer',
  'profileForm.saving': 'Enregistrement…',
  'profileForm.cancel': 'Annuler',
  'profileForm.unchanged': 'Aucune modification\u202f: il n’y avait rien à enregistrer.',
  'profileForm.required': (label) => `Le champ «\u202f${label}\u202f» est obligatoire.`,
  'profileForm.invalidEmail': 'Saisissez une adresse e-mail du type nom@example.com.',
  'profileForm.invalidField': (label, detail) => `${label}\u202f: ${detail}.`,
  'profileForm.checkFields': (count) =>
    `${plural('fr', count, { one: 'Un champ nécessite', other: '# champs nécessitent' })} votre attention. Rien n’a été enregistré.`,
  'profileForm.notSaved': 'Vos modifications n’ont pas été enregistrées.',
};

export default strings;
