import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profileForm'> = {
  'profileForm.readOnly': 'Za spremembo se obrnite na nas.',
  'profileForm.contact': 'Stik',
  'profileForm.phone': 'Telefon (neobvezno)',
  'profileForm.phoneHint': 'S kodo države, npr. +386 41 123 456.',
  'profileForm.addressHint': 'Če želite odstraniti ta naslov, pustite vsa polja prazna.',
  'profileForm.shippingName': 'Prejemnik',
  'profileForm.shippingPhone': 'Telefon prejemnika (neobvezno)',
  'profileForm.line1': 'Naslov',
  'profileForm.line2': 'Stanovanje, pisarna, nadstropje (neobvezno)',
  'profileForm.city': 'Kraj',
  'profileForm.state': 'Zvezna država, provinca ali regija (neobvezno)',
  'profileForm.postalCode': 'Poštna številka',
  'profileForm.country': 'Država',
  'profileForm.chooseCountry': 'Izberite državo',
  'profileForm.taxIds.hint': 'Prikazane so na vaših računih.',
  'profileForm.taxIds.none': 'Ni davčnih številk.',
  'profileForm.taxId': (n) => `Davčna številka ${n}`,
  'profileForm.taxType': 'Vrsta',
  'profileForm.taxValue': 'Številka',
  'profileForm.taxExample': (x) => `Npr. ${x}.`,
  'profileForm.taxAdd': 'Dodaj davčno številko',
  'profileForm.taxRemove': 'Odstrani',
  'profileForm.taxRemoved': (n) => `Davčna številka ${n} je odstranjena. Shranite, da ohranite spremembo.`,
  'profileForm.save': 'Shrani',
  'profileForm.saving': 'Shranjevanje…',
  'profileForm.cancel': 'Prekliči',
  'profileForm.unchanged': 'Nič se ni spremenilo, zato ni bilo ničesar za shranjevanje.',
  'profileForm.required': (l) => `Polje „${l}“ je obvezno.`,
  'profileForm.invalidEmail': 'Vnesite e-poštni naslov v obliki ime@example.com.',
  'profileForm.invalidField': (l, d) => `${l}: ${d}.`,
  'profileForm.checkFields': (c) =>
    `${plural('sl', c, { one: '# polje zahteva', two: '# polji zahtevata', few: '# polja zahtevajo', other: '# polj zahteva' })} vašo pozornost. Nič ni bilo shranjeno.`,
  'profileForm.notSaved': 'Vaše spremembe niso bile shranjene.',
};

export default strings;
