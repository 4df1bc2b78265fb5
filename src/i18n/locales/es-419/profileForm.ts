import { plural } from '../../plural.js';
import type { PartialNamespaceStrings } from '../../locales.js';

const strings: PartialNamespaceStrings<'profileForm'> = {
  'profileForm.readOnly': 'Contáctanos para cambiarlo.',
  'profileForm.phoneHint': 'Con el código de país, por ejemplo +52 55 1234 5678.',
  'profileForm.line2': 'Departamento, piso, oficina (opcional)',
  'profileForm.taxAdd': 'Agregar identificación fiscal',
  'profileForm.unchanged': 'No cambiaste nada, así que no había nada que guardar.',
  'profileForm.required': (label) => `El campo “${label}” es obligatorio.`,
  'profileForm.invalidEmail': 'Ingresa una dirección de correo como nombre@example.com.',
  'profileForm.checkFields': (count) =>
    `${plural('es-419', count, { one: 'Un campo necesita', other: '# campos necesitan' })} tu atención. No se guardó nada.`,
  'profileForm.notSaved': 'Tus cambios no se guardaron.',
};

export default strings;
