import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profileForm'> = {
  'profileForm.readOnly': 'Ikkuntattjana biex tibdel dan.',
  'profileForm.contact': 'Kuntatt',
  'profileForm.phone': 'Telefon (mhux obbligatorju)',
  'profileForm.phoneHint': 'Bil-kodiċi tal-pajjiż, eż. +356 2123 4567.',
  'profileForm.addressHint': 'Ħalli l-oqsma kollha vojta biex tneħħi dan l-indirizz.',
  'profileForm.shippingName': 'Riċevitur',
  'profileForm.shippingPhone': 'Telefon tar-riċevitur (mhux obbligatorju)',
  'profileForm.line1': 'Indirizz',
  'profileForm.line2': 'Appartament, uffiċċju, sular (mhux obbligatorju)',
  'profileForm.city': 'Belt',
  'profileForm.state': 'Stat, provinċja jew reġjun (mhux obbligatorju)',
  'profileForm.postalCode': 'Kodiċi postali',
  'profileForm.country': 'Pajjiż',
  'profileForm.chooseCountry': 'Agħżel pajjiż',
  'profileForm.taxIds.hint': 'Jidhru fuq il-fatturi tiegħek.',
  'profileForm.taxIds.none': 'L-ebda numru tat-taxxa.',
  'profileForm.taxId': (n) => `Numru tat-taxxa ${n}`,
  'profileForm.taxType': 'Tip',
  'profileForm.taxValue': 'Numru',
  'profileForm.taxExample': (example) => `Eż. ${example}.`,
  'profileForm.taxAdd': 'Żid numru tat-taxxa',
  'profileForm.taxRemove': 'Neħħi',
  'profileForm.taxRemoved': (n) => `In-numru tat-taxxa ${n} tneħħa. Agħfas “Salva” biex iżżomm il-bidla.`,
  'profileForm.save': 'Salva',
  'profileForm.saving': 'Qed jiġi salvat…',
  'profileForm.cancel': 'Ikkanċella',
  'profileForm.unchanged': 'Ma nbidel xejn, għalhekk ma kien hemm xejn x’jiġi salvat.',
  'profileForm.required': (label) => `Il-qasam “${label}” huwa obbligatorju.`,
  'profileForm.invalidEmail': 'Daħħal indirizz tal-email bħal name@example.com.',
  'profileForm.invalidField': (label, detail) => `${label}: ${detail}.`,
  'profileForm.checkFields': (count) =>
    `${plural('mt', count, { one: 'Qasam wieħed jeħtieġ', two: '# oqsma jeħtieġu', few: '# oqsma jeħtieġu', many: '# qasam jeħtieġu', other: '# qasam jeħtieġu' })} l-attenzjoni tiegħek. Ma ġie salvat xejn.`,
  'profileForm.notSaved': 'Il-bidliet tiegħek ma ġewx salvati.',
};

export default strings;
