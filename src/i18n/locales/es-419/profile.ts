import { plural } from '../../plural.js';
import type { PartialNamespaceStrings } from '../../locales.js';

const strings: PartialNamespaceStrings<'profile'> = {
  'profile.readOnly': 'Contáctanos para cambiarlo.',
  'profile.allReadOnly': 'Tus datos no se pueden cambiar aquí. Contáctanos para actualizarlos.',
  'profile.phoneHint': 'Con el código de país, por ejemplo +52 55 1234 5678.',
  'profile.line2': 'Departamento, piso, oficina (opcional)',
  'profile.taxAdd': 'Agregar identificación fiscal',
  'profile.taxType.eu_vat': 'Número de IVA de la UE',
  'profile.unchanged': 'No cambiaste nada, así que no había nada que guardar.',
  'profile.required': (label) => `El campo “${label}” es obligatorio.`,
  'profile.invalidEmail': 'Ingresa una dirección de correo como nombre@example.com.',
  'profile.checkFields': (count) =>
    `${plural('es-419', count, { one: 'Un campo necesita', other: '# campos necesitan' })} tu atención. No se guardó nada.`,
  'profile.notSaved': 'Tus cambios no se guardaron.',
};

export default strings;
