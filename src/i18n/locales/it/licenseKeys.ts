import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'licenseKeys'> = {
  'licenseKeys.title': 'Chiavi di licenza',
  'licenseKeys.loading': 'Caricamento chiavi di licenza…',
  'licenseKeys.signedOut': 'Accedi per vedere le tue chiavi di licenza.',
  'licenseKeys.empty': 'Non hai chiavi di licenza.',
  'licenseKeys.disabled': 'Le chiavi di licenza non sono disponibili qui.',
  'licenseKeys.status.active': 'Attiva',
  'licenseKeys.status.disabled': 'Disattivata',
  'licenseKeys.status.expired': 'Scaduta',
  'licenseKeys.key': 'Chiave',
  'licenseKeys.masked': (last4) => `Nascosta, termina con ${last4}`,
  'licenseKeys.show': 'Mostra chiave',
  'licenseKeys.copy': 'Copia',
  'licenseKeys.copied': (product) => `Chiave di licenza di ${product} copiata.`,
  'licenseKeys.copyFailed': 'Impossibile copiare la chiave. Ora è visibile: selezionala e copiala manualmente.',
  'licenseKeys.activations': 'Attivazioni',
  'licenseKeys.activationsOf': (used, limit) => `${used} di ${limit} usate`,
  'licenseKeys.activationsUnlimited': (used) => `${used} usate, senza limite`,
  'licenseKeys.expires': 'Scadenza',
  'licenseKeys.expired': 'Scaduta',
  'licenseKeys.never': 'Mai',
};

export default strings;
