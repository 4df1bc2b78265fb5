import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profileForm'> = {
  'profileForm.readOnly': 'Norėdami tai pakeisti, susisiekite su mumis.',
  'profileForm.contact': 'Kontaktai',
  'profileForm.phone': 'Telefonas (neprivaloma)',
  'profileForm.phoneHint': 'Su šalies kodu, pvz., +370 612 34567.',
  'profileForm.addressHint': 'Palikite visus laukus tuščius, kad pašalintumėte šį adresą.',
  'profileForm.shippingName': 'Gavėjas',
  'profileForm.shippingPhone': 'Gavėjo telefonas (neprivaloma)',
  'profileForm.line1': 'Adresas',
  'profileForm.line2': 'Butas, aukštas ir pan. (neprivaloma)',
  'profileForm.city': 'Miestas',
  'profileForm.state': 'Valstija, provincija ar regionas (neprivaloma)',
  'profileForm.postalCode': 'Pašto kodas',
  'profileForm.country': 'Šalis',
  'profileForm.chooseCountry': 'Pasirinkite šalį',
  'profileForm.taxIds.hint': 'Rodomi jūsų sąskaitose.',
  'profileForm.taxIds.none': 'Mokesčių ID nėra.',
  'profileForm.taxId': (n) => `Mokesčių ID ${n}`,
  'profileForm.taxType': 'Tipas',
  'profileForm.taxValue': 'Numeris',
  'profileForm.taxExample': (example) => `Pvz., ${example}.`,
  'profileForm.taxAdd': 'Pridėti mokesčių ID',
  'profileForm.taxRemove': 'Pašalinti',
  'profileForm.taxRemoved': (n) => `Mokesčių ID ${n} pašalintas. Išsaugokite, kad pakeitimas įsigaliotų.`,
  'profileForm.save': 'Išsaugoti',
  'profileForm.saving': 'Išsaugoma…',
  'profileForm.cancel': 'Atšaukti',
  'profileForm.unchanged': 'Niekas nepakeista, todėl nebuvo ko išsaugoti.',
  'profileForm.required': (label) => `${label}: privalomas laukas.`,
  'profileForm.invalidEmail': 'Įveskite el. pašto adresą, pvz., vardas@example.com.',
  'profileForm.invalidField': (label, detail) => `${label}: ${detail}.`,
  'profileForm.checkFields': (count) =>
    `Patikrinkite ${plural('lt', count, { one: '# lauką', few: '# laukus', other: '# laukų' })}. Niekas neišsaugota.`,
  'profileForm.notSaved': 'Jūsų pakeitimai neišsaugoti.',
};

export default strings;
