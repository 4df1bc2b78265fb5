import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profileForm'> = {
  'profileForm.readOnly': 'Contactați-ne pentru a modifica aceste informații.',
  'profileForm.contact': 'Contact',
  'profileForm.phone': 'Telefon (opțional)',
  'profileForm.phoneHint': 'Cu prefixul țării, de exemplu +40 712 345 678.',
  'profileForm.addressHint': 'Lăsați toate câmpurile goale pentru a elimina această adresă.',
  'profileForm.shippingName': 'Destinatar',
  'profileForm.shippingPhone': 'Telefonul destinatarului (opțional)',
  'profileForm.line1': 'Adresă',
  'profileForm.line2': 'Apartament, birou, etaj (opțional)',
  'profileForm.city': 'Oraș',
  'profileForm.state': 'Județ, stat sau regiune (opțional)',
  'profileForm.postalCode': 'Cod poștal',
  'profileForm.country': 'Țară',
  'profileForm.chooseCountry': 'Alegeți o țară',
  'profileForm.taxIds.hint': 'Afișate pe facturile dvs.',
  'profileForm.taxIds.none': 'Niciun cod fiscal.',
  'profileForm.taxId': (n) => `Cod fiscal ${n}`,
  'profileForm.taxType': 'Tip',
  'profileForm.taxValue': 'Număr',
  'profileForm.taxExample': (x) => `De exemplu ${x}.`,
  'profileForm.taxAdd': 'Adăugați un cod fiscal',
  'profileForm.taxRemove': 'Eliminați',
  'profileForm.taxRemoved': (n) => `Codul fiscal ${n} a fost eliminat. Salvați pentru a păstra modificarea.`,
  'profileForm.save': 'Salvați',
  'profileForm.saving': 'Se salvează…',
  'profileForm.cancel': 'Anulați',
  'profileForm.unchanged': 'Nu s-a modificat nimic, deci nu a fost nimic de salvat.',
  'profileForm.required': (l) => `Câmpul „${l}” este obligatoriu.`,
  'profileForm.invalidEmail': 'Introduceți o adresă de e-mail de forma nume@example.com.',
  'profileForm.invalidField': (l, d) => `${l}: ${d}.`,
  'profileForm.checkFields': (c) =>
    `${plural('ro', c, { one: 'Un câmp necesită', few: '# câmpuri necesită', other: '# de câmpuri necesită' })} atenția dvs. Nu s-a salvat nimic.`,
  'profileForm.notSaved': 'Modificările nu au fost salvate.',
};

export default strings;
