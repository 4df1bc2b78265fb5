import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profileForm'> = {
  'profileForm.readOnly': 'Neem contact met ons op om dit te wijzigen.',
  'profileForm.contact': 'Contact',
  'profileForm.phone': 'Telefoon (optioneel)',
  'profileForm.phoneHint': 'Met landcode, zoals +31 20 123 4567.',
  'profileForm.addressHint': 'Laat alle velden leeg om dit adres te verwijderen.',
  'profileForm.shippingName': 'Ontvanger',
  'profileForm.shippingPhone': 'Telefoon ontvanger (optioneel)',
  'profileForm.line1': 'Adres',
  'profileForm.line2': 'Appartement, unit, verdieping (optioneel)',
  'profileForm.city': 'Plaats',
  'profileForm.state': 'Staat, provincie of regio (optioneel)',
  'profileForm.postalCode': 'Postcode',
  'profileForm.country': 'Land',
  'profileForm.chooseCountry': 'Kies een land',
  'profileForm.taxIds.hint': 'Wordt op je facturen vermeld.',
  'profileForm.taxIds.none': 'Geen belastingnummers.',
  'profileForm.taxId': (n) => `Belastingnummer ${n}`,
  'profileForm.taxType': 'Type',
  'profileForm.taxValue': 'Nummer',
  'profileForm.taxExample': (example) => `Bijvoorbeeld ${example}.`,
  'profileForm.taxAdd': 'Belastingnummer toevoegen',
  'profileForm.taxRemove': 'Verwijderen',
  'profileForm.taxRemoved': (n) => `Belastingnummer ${n} verwijderd. Sla op om de wijziging te bewaren.`,
  'profileForm.save': 'Opslaan',
  'profileForm.saving': 'Opslaan…',
  'profileForm.cancel': 'Annuleren',
  'profileForm.unchanged': 'Er is niets gewijzigd, dus er was niets om op te slaan.',
  'profileForm.required': (label) => `${label} is verplicht.`,
  'profileForm.invalidEmail': 'Vul een e-mailadres in, zoals naam@example.com.',
  'profileForm.invalidField': (label, detail) => `${label}: ${detail}.`,
  'profileForm.checkFields': (count) =>
    `${plural('nl', count, { one: 'Eén veld vraagt', other: '# velden vragen' })} je aandacht. Er is niets opgeslagen.`,
  'profileForm.notSaved': 'Je wijzigingen zijn niet opgeslagen.',
};

export default strings;
