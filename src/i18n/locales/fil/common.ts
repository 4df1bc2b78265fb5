import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'common'> = {
  'session.warning': 'Para sa iyong seguridad, matatapos ang session mo sa loob ng mga isang minuto maliban kung mananatili kang naka-sign in.',
  'session.warningFinal': 'Para sa iyong seguridad, matatapos ang session mo sa loob ng mga isang minuto. Pagkatapos, mag-sign in ulit para magpatuloy.',
  'session.stay': 'Manatiling naka-sign in',
  'session.offline': 'Offline ka. Naka-pause ang mga aksyon sa pagsingil hanggang bumalik ang koneksyon mo.',
  'session.expired.title': 'Natapos na ang session mo',
  'session.expired.body': 'Para sa iyong seguridad, na-sign out ka dahil matagal kang hindi aktibo.',
  'session.loggedOut.title': 'Naka-sign out ka na',
  'session.loggedOut.body': 'Hindi na ipinapakita sa page na ito ang mga detalye ng pagsingil mo.',
  'session.invalidLink.title': 'Hindi magagamit ang sign-in link na ito',
  'session.invalidLink.body': 'Nag-expire na ito o nagamit na. Ilagay ang email mo at padadalhan ka namin ng bago.',
  'session.signingIn': 'Sina-sign in ka…',
  'session.return': (business) => `Bumalik sa ${business}`,
  'session.returnGeneric': 'Bumalik sa site',
  'session.renewFailed': 'Hindi namin ma-renew ang session mo. Mag-sign in ulit para magpatuloy.',
  'login.title': 'Mag-sign in para pamahalaan ang pagsingil mo',
  'login.intro': 'Ilagay ang email na ginamit mo sa pagbili. Padadalhan ka namin ng secure na link sa email para makapag-sign in.',
  'login.email': 'Iyong email',
  'login.submit': 'I-email sa akin ang sign-in link',
  'login.sending': 'Ipinapadala…',
  'login.invalidEmail': 'Maglagay ng email address tulad ng name@example.com.',
  'login.sent.title': 'Tingnan ang inbox mo',
  'login.sent.body': (email) =>
    `Kung may account ang ${email}, papunta na ang sign-in link. Isang beses lang itong gagana at mag-e-expire ito sa loob ng 24 na oras.`,
  'login.again': 'Gumamit ng ibang email',
  'login.rateLimited': (minutes) =>
    minutes <= 1
      ? 'Masyadong maraming pagsubok. Subukan ulit pagkalipas ng isang minuto.'
      : `Masyadong maraming pagsubok. Subukan ulit pagkalipas ng ${plural('fil', minutes, { one: '# minuto', other: '# minuto' })}.`,
  'error.network': 'Hindi namin makontak ang serbisyo sa pagsingil. Tingnan ang koneksyon mo at subukan ulit.',
  'error.expired': 'Nag-expire na ang session mo. Mag-sign in ulit para magpatuloy.',
  'error.unauthenticated': 'Hindi ka naka-sign in.',
  'error.malformed': 'May ipinadala ang serbisyo sa pagsingil na hindi namin mabasa. Subukan ulit mamaya.',
  'error.server': 'Nagkaproblema sa panig namin. Subukan ulit mamaya.',
  'error.rate_limited': 'Masyadong maraming pagsubok. Maghintay sandali at subukan ulit.',
  'error.generic': 'Nagkaproblema. Subukan ulit.',
  'error.offline': 'Offline ka. Naka-pause ang mga aksyon sa pagsingil hanggang bumalik ang koneksyon mo.',
  'error.timeout': 'Masyadong natagalan ang serbisyo sa pagsingil bago sumagot. Tingnan ang koneksyon mo at subukan ulit.',
  'action.retry': 'Subukan ulit',
  'app.nav': 'Mga seksyon ng pagsingil',
  'app.section.subscriptions': 'Mga subscription',
  'app.section.paymentMethods': 'Mga paraan ng pagbabayad',
  'app.section.invoices': 'Mga invoice',
  'app.section.profile': 'Mga detalye ng account',
  'app.section.licenseKeys': 'Mga license key',
  'app.return': (business) => `Bumalik sa ${business}`,
  'app.privacy': 'Patakaran sa privacy',
  'app.terms': 'Mga tuntunin ng serbisyo',
  'app.poweredBy': 'Secure na portal ng pagsingil',
  'app.signOut': 'Mag-sign out',
};

export default strings;
