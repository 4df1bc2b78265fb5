import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profileForm'> = {
  'profileForm.readOnly': 'Makipag-ugnayan sa amin para baguhin ito.',
  'profileForm.contact': 'Pakikipag-ugnayan',
  'profileForm.phone': 'Telepono (opsyonal)',
  'profileForm.phoneHint': 'Kasama ang country code, tulad ng +63 2 8123 4567.',
  'profileForm.addressHint': 'Iwanang blangko ang lahat ng field para alisin ang address na ito.',
  'profileForm.shippingName': 'Tatanggap',
  'profileForm.shippingPhone': 'Telepono ng tatanggap (opsyonal)',
  'profileForm.line1': 'Tirahan',
  'profileForm.line2': 'Apartment, suite, palapag (opsyonal)',
  'profileForm.city': 'Lungsod',
  'profileForm.state': 'Estado, probinsya, o rehiyon (opsyonal)',
  'profileForm.postalCode': 'Kodigo postal',
  'profileForm.country': 'Bansa',
  'profileForm.chooseCountry': 'Pumili ng bansa',
  'profileForm.taxIds.hint': 'Ipinapakita sa mga invoice mo.',
  'profileForm.taxIds.none': 'Walang tax ID.',
  'profileForm.taxId': (n) => `Tax ID blg. ${n}`,
  'profileForm.taxType': 'Uri',
  'profileForm.taxValue': 'Numero',
  'profileForm.taxExample': (example) => `Tulad ng ${example}.`,
  'profileForm.taxAdd': 'Magdagdag ng tax ID',
  'profileForm.taxRemove': 'Alisin',
  'profileForm.taxRemoved': (n) => `Inalis ang tax ID blg. ${n}. I-save para mapanatili ang pagbabago.`,
  'profileForm.save': 'I-save',
  'profileForm.saving': 'Sine-save…',
  'profileForm.cancel': 'Kanselahin',
  'profileForm.unchanged': 'Walang nagbago, kaya walang kailangang i-save.',
  'profileForm.required': (label) => `Kailangan ang ${label}.`,
  'profileForm.invalidEmail': 'Maglagay ng email address tulad ng name@example.com.',
  'profileForm.invalidField': (label, detail) => `${label}: ${detail}.`,
  'profileForm.checkFields': (count) =>
    `May ${plural('fil', count, { one: '# field', other: '# field' })} na kailangang ayusin. Walang na-save.`,
  'profileForm.notSaved': 'Hindi na-save ang mga pagbabago mo.',
};

export default strings;
