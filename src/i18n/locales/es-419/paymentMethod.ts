import type { PartialNamespaceStrings } from '../../locales.js';

const strings: PartialNamespaceStrings<'paymentMethod'> = {
  'paymentMethod.addFirst': 'Agregar un método de pago',
  'paymentMethod.expires': (expiry) => `Vence: ${expiry}`,
  'paymentMethod.expiredOn': (expiry) => `Venció: ${expiry}`,
  'paymentMethod.expiredNote': 'Esta tarjeta venció. Elige o agrega otro método de pago.',
  'paymentMethod.expiresSoonNote': 'Esta tarjeta vence en menos de 30 días. Agrega una nueva antes de que venza.',
  'paymentMethod.type.us_bank_account': 'Débito directo ACH (cuenta bancaria de EE. UU.)',
  'paymentMethod.type.au_becs_debit': 'Débito directo BECS (Australia)',
  'paymentMethod.type.sepa_debit': 'Débito directo SEPA',
  'paymentMethod.type.bacs_debit': 'Débito directo Bacs (Reino Unido)',
  'paymentMethod.flag.expired': 'Vencida',
  'paymentMethod.flag.expiresSoon': 'Vence pronto',
  'paymentMethod.addedMissing': 'No encontramos el método de pago que agregaste. Vuelve a cargar la página o agrégalo de nuevo.',
};

export default strings;
