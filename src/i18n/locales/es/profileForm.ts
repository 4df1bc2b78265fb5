import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profileForm'> = {
  'profileForm.readOnly': 'Ponte en contacto con nosotros para cambiarlo.',
  'profileForm.contact': 'Contacto',
  'profileForm.phone': 'Teléfono (opcional)',
  'profileForm.phoneHint': 'Con el prefijo del país, por ejemplo +34 912 345 678.',
  'profileForm.addressHint': 'Deja todos los campos vacíos para eliminar esta dirección.',
  'profileForm.shippingName': 'Destinatario',
  'profileForm.shippingPhone': 'Teléfono del destinatario (opcional)',
  'profileForm.line1': 'Dirección',
  'profileForm.line2': 'Piso, puerta, escalera (opcional)',
  'profileForm.city': 'Ciudad',
  'profileForm.state': 'Provincia, estado o región (opcional)',
  'profileForm.postalCode': 'Código postal',
  'profileForm.country': 'País',
  'profileForm.chooseCountry': 'Elige un país',
  'profileForm.taxIds.hint': 'Aparecen en tus facturas.',
  'profileForm.taxIds.none': 'Sin identificaciones fiscales.',
  'profileForm.taxId': (n) => `Identificación fiscal ${n}`,
  'profileForm.taxType': 'Tipo',
  'profileForm.taxValue': 'Número',
  'profileForm.taxExample': (example) => `Por ejemplo, ${example}.`,
  'profileForm.taxAdd': 'Añadir identificación fiscal',
  'profileForm.taxRemove': 'Eliminar',
  'profileForm.taxRemoved': (n) => `Identificación fiscal ${n} eliminada. Guarda para conservar el cambio.`,
  'profileForm.save': 'Guardar',
  'profileForm.saving': 'Guardando…',
  'profileForm.cancel': 'Cancelar',
  'profileForm.unchanged': 'No has cambiado nada, así que no había nada que guardar.',
  'profileForm.required': (label) => `El campo «${label}» es obligatorio.`,
  'profileForm.invalidEmail': 'Introduce una dirección de correo como nombre@example.com.',
  'profileForm.invalidField': (label, detail) => `${label}: ${detail}.`,
  'profileForm.checkFields': (count) =>
    `${plural('es', count, { one: 'Un campo necesita', other: '# campos necesitan' })} tu atención. No se ha guardado nada.`,
  'profileForm.notSaved': 'Tus cambios no se han guardado.',
};

export default strings;
