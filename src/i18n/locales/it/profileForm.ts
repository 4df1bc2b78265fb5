import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profileForm'> = {
  'profileForm.readOnly': 'Contattaci per modificare questo dato.',
  'profileForm.contact': 'Contatto',
  'profileForm.phone': 'Telefono (facoltativo)',
  'profileForm.phoneHint': 'Con il prefisso internazionale, ad esempio +39 02 1234 5678.',
  'profileForm.addressHint': 'Lascia vuoti tutti i campi per rimuovere questo indirizzo.',
  'profileForm.shippingName': 'Destinatario',
  'profileForm.shippingPhone': 'Telefono del destinatario (facoltativo)',
  'profileForm.line1': 'Indirizzo',
  'profileForm.line2': 'Interno, scala, piano (facoltativo)',
  'profileForm.city': 'Città',
  'profileForm.state': 'Provincia, stato o regione (facoltativo)',
  'profileForm.postalCode': 'CAP',
  'profileForm.country': 'Paese',
  'profileForm.chooseCountry': 'Scegli un paese',
  'profileForm.taxIds.hint': 'Riportati sulle tue fatture.',
  'profileForm.taxIds.none': 'Nessun identificativo fiscale.',
  'profileForm.taxId': (n) => `Identificativo fiscale ${n}`,
  'profileForm.taxType': 'Tipo',
  'profileForm.taxValue': 'Numero',
  'profileForm.taxExample': (example) => `Ad esempio ${example}.`,
  'profileForm.taxAdd': 'Aggiungi identificativo fiscale',
  'profileForm.taxRemove': 'Rimuovi',
  'profileForm.taxRemoved': (n) => `Identificativo fiscale ${n} rimosso. Salva per confermare la modifica.`,
  'profileForm.save': 'Salva',
  'profileForm.saving': 'Salvataggio…',
  'profileForm.cancel': 'Annulla',
  'profileForm.unchanged': 'Non hai modificato nulla, quindi non c’era niente da salvare.',
  'profileForm.required': (label) => `Il campo «${label}» è obbligatorio.`,
  'profileForm.invalidEmail': 'Inserisci un indirizzo email come nome@example.com.',
  'profileForm.invalidField': (label, detail) => `${label}: ${detail}.`,
  'profileForm.checkFields': (count) =>
    `${plural('it', count, { one: 'Un campo richiede', other: '# campi richiedono' })} la tua attenzione. Non è stato salvato nulla.`,
  'profileForm.notSaved': 'Le modifiche non sono state salvate.',
};

export default strings;
