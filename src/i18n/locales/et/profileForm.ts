import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profileForm'> = {
  'profileForm.readOnly': 'Selle muutmiseks võtke meiega ühendust.',
  'profileForm.contact': 'Kontakt',
  'profileForm.phone': 'Telefon (valikuline)',
  'profileForm.phoneHint': 'Koos riigikoodiga, nt +372 512 3456.',
  'profileForm.addressHint': 'Selle aadressi eemaldamiseks jätke kõik väljad tühjaks.',
  'profileForm.shippingName': 'Saaja',
  'profileForm.shippingPhone': 'Saaja telefon (valikuline)',
  'profileForm.line1': 'Aadress',
  'profileForm.line2': 'Korter, korrus vms (valikuline)',
  'profileForm.city': 'Linn',
  'profileForm.state': 'Osariik, maakond või piirkond (valikuline)',
  'profileForm.postalCode': 'Postiindeks',
  'profileForm.country': 'Riik',
  'profileForm.chooseCountry': 'Valige riik',
  'profileForm.taxIds.hint': 'Kuvatakse teie arvetel.',
  'profileForm.taxIds.none': 'Maksukoode pole.',
  'profileForm.taxId': (n) => `Maksukood ${n}`,
  'profileForm.taxType': 'Tüüp',
  'profileForm.taxValue': 'Number',
  'profileForm.taxExample': (example) => `Näiteks ${example}.`,
  'profileForm.taxAdd': 'Lisa maksukood',
  'profileForm.taxRemove': 'Eemalda',
  'profileForm.taxRemoved': (n) => `Maksukood ${n} eemaldati. Muudatuse säilitamiseks salvestage.`,
  'profileForm.save': 'Salvesta',
  'profileForm.saving': 'Salvestamine…',
  'profileForm.cancel': 'Tühista',
  'profileForm.unchanged': 'Midagi ei muutunud, seega polnud midagi salvestada.',
  'profileForm.required': (label) => `${label} on kohustuslik.`,
  'profileForm.invalidEmail': 'Sisestage e-posti aadress kujul nimi@example.com.',
  'profileForm.invalidField': (label, detail) => `${label}: ${detail}.`,
  'profileForm.checkFields': (count) =>
    `${plural('et', count, { one: 'Üks väli vajab', other: '# välja vajavad' })} tähelepanu. Midagi ei salvestatud.`,
  'profileForm.notSaved': 'Teie muudatusi ei salvestatud.',
};

export default strings;
