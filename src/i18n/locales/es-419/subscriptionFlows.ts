import type { PartialNamespaceStrings } from '../../locales.js';

const strings: PartialNamespaceStrings<'subscriptionFlows'> = {
  'subscriptions.canceled.credit': (a) => `${a} de saldo agregados a tu cuenta.`,
  'subscriptions.change.nothing': 'Elige otro plan o cantidad, o ingresa un código promocional.',
  'subscriptions.preview.caption': 'Costo del cambio',
  'subscriptions.changed.charged': (a, i) => `Se cobraron ${a} (factura ${i}).`,
  'subscriptions.pause.resumedHint': 'Sigue en pausa hasta que presiones “Reanudar”.',
};

export default strings;
