import type { PartialNamespaceStrings } from '../../locales.js';

const strings: PartialNamespaceStrings<'paymentMethodDialog'> = {
  'paymentMethodDialog.add': 'Agregar un nuevo método de pago',
  'paymentMethodDialog.addHint': 'Ingresarás los datos en la página segura de nuestro proveedor de pagos y luego volverás aquí.',
  'paymentMethodDialog.dialog.onHoldIntro': (name) =>
    `Tu suscripción a ${name} está suspendida porque falló un pago. Elige un método de pago: se le cobrará el monto pendiente y la suscripción se reactivará.`,
  'paymentMethodDialog.dialog.pastDueIntro': (name) =>
    `Falló un pago de tu suscripción a ${name}. Elige un método de pago: se le cobrará el monto pendiente.`,
  'paymentMethodDialog.dialog.outstanding': 'Monto pendiente',
  'paymentMethodDialog.reactivated.body': (name, amount) => `Se pagaron ${amount} y tu suscripción a ${name} vuelve a estar activa.`,
  'paymentMethodDialog.declined.title': 'El pago no se completó.',
  'paymentMethodDialog.declined.still': (name, onHold) =>
    `Tu suscripción a ${name} sigue ${onHold ? 'suspendida' : 'con el pago vencido'}. Elige otro método de pago o agrega uno nuevo y vuelve a intentarlo.`,
  'paymentMethodDialog.conflict': 'Esta suscripción cambió mientras tanto. Revisa los datos y vuelve a intentarlo.',
  'paymentMethodDialog.conflictSettled': (name) => `${name} no tiene nada pendiente; no se cobró nada.`,
  'paymentMethodDialog.remove.lastNeeded':
    'Es tu único método de pago y tus suscripciones necesitan uno, así que no se puede eliminar. Primero agrega otro método de pago.',
  'paymentMethodDialog.remove.refused': (message) => `No se eliminó. ${message}`,
  'paymentMethodDialog.removed': (name) => `${name} se eliminó.`,
  'paymentMethodDialog.added': (name) => `${name} se agregó.`,
  'paymentMethodDialog.addedPayNext': (name, amount) => `${name} se agregó. Haz clic en “Pagar ${amount} y reactivar” para pagar con él.`,
};

export default strings;
