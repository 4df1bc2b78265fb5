import type { PartialNamespaceStrings } from '../../locales.js';

const strings: PartialNamespaceStrings<'paymentMethod'> = {
  'paymentMethod.addFirst': 'Agregar un método de pago',
  'paymentMethod.add': 'Agregar un nuevo método de pago',
  'paymentMethod.addHint': 'Ingresarás los datos en la página segura de nuestro proveedor de pagos y luego volverás aquí.',
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
  'paymentMethod.dialog.onHoldIntro': (name) =>
    `Tu suscripción a ${name} está suspendida porque falló un pago. Elige un método de pago: se le cobrará el monto pendiente y la suscripción se reactivará.`,
  'paymentMethod.dialog.pastDueIntro': (name) =>
    `Falló un pago de tu suscripción a ${name}. Elige un método de pago: se le cobrará el monto pendiente.`,
  'paymentMethod.dialog.outstanding': 'Monto pendiente',
  'paymentMethod.reactivated.body': (name, amount) => `Se pagaron ${amount} y tu suscripción a ${name} vuelve a estar activa.`,
  'paymentMethod.declined.title': 'El pago no se completó.',
  'paymentMethod.declined.still': (name, onHold) =>
    `Tu suscripción a ${name} sigue ${onHold ? 'suspendida' : 'con el pago vencido'}. Elige otro método de pago o agrega uno nuevo y vuelve a intentarlo.`,
  'paymentMethod.conflict': 'Esta suscripción cambió mientras tanto. Revisa los datos y vuelve a intentarlo.',
  'paymentMethod.conflictSettled': (name) => `${name} no tiene nada pendiente; no se cobró nada.`,
  'paymentMethod.remove.lastNeeded':
    'Es tu único método de pago y tus suscripciones necesitan uno, así que no se puede eliminar. Primero agrega otro método de pago.',
  'paymentMethod.remove.refused': (message) => `No se eliminó. ${message}`,
  'paymentMethod.removed': (name) => `${name} se eliminó.`,
  'paymentMethod.added': (name) => `${name} se agregó.`,
  'paymentMethod.addedPayNext': (name, amount) => `${name} se agregó. Haz clic en “Pagar ${amount} y reactivar” para pagar con él.`,
  'paymentMethod.addedMissing': 'No encontramos el método de pago que agregaste. Vuelve a cargar la página o agrégalo de nuevo.',
};

export default strings;
