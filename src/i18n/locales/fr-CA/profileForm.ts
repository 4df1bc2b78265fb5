import type { PartialNamespaceStrings } from '../../locales.js';

const strings: PartialNamespaceStrings<'profileForm'> = {
  'profileForm.phoneHint': 'Avec l’indicatif de pays, par exemple +1 514 555 0132.',
  'profileForm.state': 'Province, État ou région (facultatif)',
  'profileForm.invalidEmail': 'Saisissez une adresse courriel du type nom@example.com.',
};

export default strings;
