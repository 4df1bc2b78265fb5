import type { PartialNamespaceStrings } from '../../locales.js';

const strings: PartialNamespaceStrings<'profile'> = {
  'profile.allReadOnly': 'Tus datos no se pueden cambiar aquí. Contáctanos para actualizarlos.',
  'profile.taxType.eu_vat': 'Número de IVA de la UE',
};

export default strings;
