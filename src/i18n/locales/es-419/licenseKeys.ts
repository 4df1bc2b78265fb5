import type { PartialNamespaceStrings } from '../../locales.js';

const strings: PartialNamespaceStrings<'licenseKeys'> = {
  'licenseKeys.status.expired': 'Vencida',
  'licenseKeys.copyFailed': 'No pudimos copiar la clave. Ahora está visible: selecciónala y cópiala tú.',
  'licenseKeys.expires': 'Vence',
  'licenseKeys.expired': 'Vencida',
};

export default strings;
