import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profileForm'> = {
  'profileForm.readOnly': 'A módosításhoz lépjen kapcsolatba velünk.',
  'profileForm.contact': 'Kapcsolat',
  'profileForm.phone': 'Telefonszám (nem kötelező)',
  'profileForm.phoneHint': 'Országhívószámmal, például +36 30 123 4567.',
  'profileForm.addressHint': 'A cím eltávolításához hagyjon minden mezőt üresen.',
  'profileForm.shippingName': 'Címzett',
  'profileForm.shippingPhone': 'Címzett telefonszáma (nem kötelező)',
  'profileForm.line1': 'Cím',
  'profileForm.line2': 'Lakás, iroda, emelet (nem kötelező)',
  'profileForm.city': 'Település',
  'profileForm.state': 'Állam, megye vagy régió (nem kötelező)',
  'profileForm.postalCode': 'Irányítószám',
  'profileForm.country': 'Ország',
  'profileForm.chooseCountry': 'Válasszon országot',
  'profileForm.taxIds.hint': 'Megjelenik a számláin.',
  'profileForm.taxIds.none': 'Nincs adószám.',
  'profileForm.taxId': (n) => `${n}. adószám`,
  'profileForm.taxType': 'Típus',
  'profileForm.taxValue': 'Szám',
  'profileForm.taxExample': (x) => `Például: ${x}.`,
  'profileForm.taxAdd': 'Adószám hozzáadása',
  'profileForm.taxRemove': 'Eltávolítás',
  'profileForm.taxRemoved': (n) => `${n}. adószám eltávolítva. A módosítás megőrzéséhez mentsen.`,
  'profileForm.save': 'Mentés',
  'profileForm.saving': 'Mentés…',
  'profileForm.cancel': 'Mégse',
  'profileForm.unchanged': 'Nem változott semmi, így nem volt mit menteni.',
  'profileForm.required': (l) => `Kötelező mező: ${l}.`,
  'profileForm.invalidEmail': 'Adjon meg egy e-mail-címet, például nev@example.com.',
  'profileForm.invalidField': (l, d) => `${l}: ${d}.`,
  'profileForm.checkFields': (c) =>
    `${plural('hu', c, { one: 'Egy mező', other: '# mező' })} javításra szorul. Semmi sem lett mentve.`,
  'profileForm.notSaved': 'A módosítások nem lettek mentve.',
};

export default strings;
