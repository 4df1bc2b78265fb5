import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profileForm'> = {
  'profileForm.readOnly': 'Kontaktieren Sie uns, um dies zu ändern.',
  'profileForm.contact': 'Kontakt',
  'profileForm.phone': 'Telefon (optional)',
  'profileForm.phoneHint': 'Mit Ländervorwahl, z. B. +49 30 1234567.',
  'profileForm.addressHint': 'Lassen Sie alle Felder leer, um diese Adresse zu entfernen.',
  'profileForm.shippingName': 'Empfänger',
  'profileForm.shippingPhone': 'Telefon des Empfängers (optional)',
  'profileForm.line1': 'Straße und Hausnummer',
  'profileForm.line2': 'Adresszusatz (optional)',
  'profileForm.city': 'Ort',
  'profileForm.state': 'Bundesland, Provinz oder Region (optional)',
  'profileForm.postalCode': 'Postleitzahl',
  'profileForm.country': 'Land',
  'profileForm.chooseCountry': 'Land auswählen',
  'profileForm.taxIds.hint': 'Wird auf Ihren Rechnungen angezeigt.',
  'profileForm.taxIds.none': 'Keine Steuer-IDs.',
  'profileForm.taxId': (n) => `Steuer-ID ${n}`,
  'profileForm.taxType': 'Art',
  'profileForm.taxValue': 'Nummer',
  'profileForm.taxExample': (example) => `Z. B. ${example}.`,
  'profileForm.taxAdd': 'Steuer-ID hinzufügen',
  'profileForm.taxRemove': 'Entfernen',
  'profileForm.taxRemoved': (n) => `Steuer-ID ${n} entfernt. Speichern Sie, um die Änderung zu übernehmen.`,
  'profileForm.save': 'Speichern',
  'profileForm.saving': 'Wird gespeichert…',
  'profileForm.cancel': 'Abbrechen',
  'profileForm.unchanged': 'Es wurde nichts geändert, daher gab es nichts zu speichern.',
  'profileForm.required': (label) => `„${label}“ ist ein Pflichtfeld.`,
  'profileForm.invalidEmail': 'Geben Sie eine E-Mail-Adresse wie name@example.com ein.',
  'profileForm.invalidField': (label, detail) => `${label}: ${detail}.`,
  'profileForm.checkFields': (count) =>
    `${plural('de', count, { one: 'Ein Feld erfordert', other: '# Felder erfordern' })} Ihre Aufmerksamkeit. Es wurde nichts gespeichert.`,
  'profileForm.notSaved': 'Ihre Änderungen wurden nicht gespeichert.',
};

export default strings;
