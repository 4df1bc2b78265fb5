import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'licenseKeys'> = {
  'licenseKeys.title': 'Lizenzschlüssel',
  'licenseKeys.loading': 'Lizenzschlüssel werden geladen…',
  'licenseKeys.signedOut': 'Melden Sie sich an, um Ihre Lizenzschlüssel zu sehen.',
  'licenseKeys.empty': 'Sie haben keine Lizenzschlüssel.',
  'licenseKeys.disabled': 'Lizenzschlüssel sind hier nicht verfügbar.',
  'licenseKeys.status.active': 'Aktiv',
  'licenseKeys.status.disabled': 'Deaktiviert',
  'licenseKeys.status.expired': 'Abgelaufen',
  'licenseKeys.key': 'Schlüssel',
  'licenseKeys.masked': (last4) => `Verborgen, endet auf ${last4}`,
  'licenseKeys.show': 'Schlüssel anzeigen',
  'licenseKeys.copy': 'Kopieren',
  'licenseKeys.copied': (product) => `Lizenzschlüssel für ${product} kopiert.`,
  'licenseKeys.copyFailed': 'Der Schlüssel konnte nicht kopiert werden. Er wird jetzt angezeigt: Markieren und kopieren Sie ihn selbst.',
  'licenseKeys.activations': 'Aktivierungen',
  'licenseKeys.activationsOf': (used, limit) => `${used} von ${limit} genutzt`,
  'licenseKeys.activationsUnlimited': (used) => `${used} genutzt, unbegrenzt`,
  'licenseKeys.expires': 'Läuft ab',
  'licenseKeys.expired': 'Abgelaufen',
  'licenseKeys.never': 'Nie',
};

export default strings;
