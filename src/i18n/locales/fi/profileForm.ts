import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profileForm'> = {
  'profileForm.readOnly': 'Ota meihin yhteyttä muuttaaksesi tätä.',
  'profileForm.contact': 'Yhteystiedot',
  'profileForm.phone': 'Puhelin (valinnainen)',
  'profileForm.phoneHint': 'Maatunnuksen kanssa, esim. +358 40 123 4567.',
  'profileForm.addressHint': 'Jätä kaikki kentät tyhjiksi poistaaksesi tämän osoitteen.',
  'profileForm.shippingName': 'Vastaanottaja',
  'profileForm.shippingPhone': 'Vastaanottajan puhelin (valinnainen)',
  'profileForm.line1': 'Osoite',
  'profileForm.line2': 'Asunto, porras, kerros (valinnainen)',
  'profileForm.city': 'Kaupunki',
  'profileForm.state': 'Osavaltio, maakunta tai alue (valinnainen)',
  'profileForm.postalCode': 'Postinumero',
  'profileForm.country': 'Maa',
  'profileForm.chooseCountry': 'Valitse maa',
  'profileForm.taxIds.hint': 'Näkyvät laskuissasi.',
  'profileForm.taxIds.none': 'Ei verotunnisteita.',
  'profileForm.taxId': (n) => `Verotunniste ${n}`,
  'profileForm.taxType': 'Tyyppi',
  'profileForm.taxValue': 'Numero',
  'profileForm.taxExample': (example) => `Esimerkiksi ${example}.`,
  'profileForm.taxAdd': 'Lisää verotunniste',
  'profileForm.taxRemove': 'Poista',
  'profileForm.taxRemoved': (n) => `Verotunniste ${n} poistettiin. Tallenna, jotta muutos säilyy.`,
  'profileForm.save': 'Tallenna',
  'profileForm.saving': 'Tallennetaan…',
  'profileForm.cancel': 'Peruuta',
  'profileForm.unchanged': 'Mitään ei muutettu, joten tallennettavaa ei ollut.',
  'profileForm.required': (label) => `${label} on pakollinen.`,
  'profileForm.invalidEmail': 'Anna sähköpostiosoite muodossa nimi@example.com.',
  'profileForm.invalidField': (label, detail) => `${label}: ${detail}.`,
  'profileForm.checkFields': (count) =>
    `${plural('fi', count, { one: 'Yksi kenttä vaatii', other: '# kenttää vaatii' })} huomiotasi. Mitään ei tallennettu.`,
  'profileForm.notSaved': 'Muutoksiasi ei tallennettu.',
};

export default strings;
