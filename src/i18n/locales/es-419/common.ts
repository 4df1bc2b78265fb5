import type { PartialNamespaceStrings } from '../../locales.js';

const strings: PartialNamespaceStrings<'common'> = {
  'session.expired.title': 'Tu sesión terminó',
  'session.expired.body': 'Por seguridad, cerramos tu sesión después de un período de inactividad.',
  'session.loggedOut.title': 'Cerraste sesión',
  'session.invalidLink.body': 'Venció o ya se usó. Ingresa tu correo electrónico y te enviaremos uno nuevo.',
  'session.renewFailed': 'No pudimos renovar tu sesión. Vuelve a iniciar sesión para continuar.',
  'login.title': 'Inicia sesión para administrar tu facturación',
  'login.intro': 'Ingresa el correo electrónico que usaste al comprar. Te enviaremos un enlace seguro para iniciar sesión.',
  'login.invalidEmail': 'Ingresa una dirección de correo como nombre@example.com.',
  'login.sent.body': (email) =>
    `Si ${email} pertenece a una cuenta, te enviamos un enlace de acceso. Solo funciona una vez y vence en 24 horas.`,
  'error.network': 'No pudimos conectar con el servicio de facturación. Verifica tu conexión y vuelve a intentarlo.',
  'error.expired': 'Tu sesión venció. Vuelve a iniciar sesión para continuar.',
  'error.unauthenticated': 'No iniciaste sesión.',
  'error.malformed': 'El servicio de facturación envió una respuesta que no podemos leer. Vuelve a intentarlo en un momento.',
  'error.server': 'Algo salió mal de nuestro lado. Vuelve a intentarlo en un momento.',
  'error.generic': 'Algo salió mal. Vuelve a intentarlo.',
  'error.timeout': 'El servicio de facturación tardó demasiado en responder. Verifica tu conexión y vuelve a intentarlo.',
};

export default strings;
