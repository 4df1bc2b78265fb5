import type { PartialNamespaceStrings } from '../../locales.js';

const strings: PartialNamespaceStrings<'paymentMethod'> = {
  'paymentMethod.type.acss_debit': 'Débit préautorisé (Canada)',
};

export default strings;
