import type { PartialNamespaceStrings } from '../../locales.js';

const strings: PartialNamespaceStrings<'invoices'> = {
  'invoices.column.amount': 'Monto',
  'invoices.pay.label': (number, amount) => `Pagar la factura ${number} (monto pendiente: ${amount})`,
};

export default strings;
