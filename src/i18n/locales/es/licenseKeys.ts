import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'licenseKeys'> = {
  'licenseKeys.title': 'Claves de licencia',
  'licenseKeys.loading': 'Cargando claves de licencia…',
  'licenseKeys.signedOut': 'Inicia sesión para ver tus claves de licencia.',
  'licenseKeys.empty': 'No tienes claves de licencia.',
  'licenseKeys.disabled': 'Las claves de licencia no están disponibles aquí.',
  'licenseKeys.status.active': 'Activa',
  'licenseKeys.status.disabled': 'Desactivada',
  'licenseKeys.status.expired': 'Caducada',
  'licenseKeys.key': 'Clave',
  'licenseKeys.masked': (last4) => `Oculta, termina en ${last4}`,
  'licenseKeys.show': 'Mostrar clave',
  'licenseKeys.copy': 'Copiar',
  'licenseKeys.copied': (product) => `Clave de licencia de ${product} copiada.`,
  'licenseKeys.copyFailed': 'No hemos podido copiar la clave. Ahora está visible: selecciónala y cópiala tú.',
  'licenseKeys.activations': 'Activaciones',
  'licenseKeys.activationsOf': (used, limit) => `${used} de ${limit} usadas`,
  'licenseKeys.activationsUnlimited': (used) => `${used} usadas, sin límite`,
  'licenseKeys.expires': 'Caduca',
  'licenseKeys.expired': 'Caducada',
  'licenseKeys.never': 'Nunca',
};

export default strings;
