import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const offline = 'Niste povezani z internetom. Dejanja obračunavanja so ustavljena, dokler se povezava ne vzpostavi.';

const strings: NamespaceStrings<'common'> = {
  'session.warning': 'Zaradi varnosti se bo vaša seja končala čez približno minuto, razen če ohranite prijavo.',
  'session.warningFinal': 'Zaradi varnosti se bo vaša seja končala čez približno minuto. Nato se za nadaljevanje znova prijavite.',
  'session.stay': 'Ohrani prijavo',
  'session.offline': offline,
  'session.expired.title': 'Vaša seja se je končala',
  'session.expired.body': 'Zaradi varnosti ste bili po obdobju nedejavnosti odjavljeni.',
  'session.loggedOut.title': 'Odjavljeni ste',
  'session.loggedOut.body': 'Vaši podatki za obračun na tej strani niso več prikazani.',
  'session.invalidLink.title': 'Te povezave za prijavo ni mogoče uporabiti',
  'session.invalidLink.body': 'Povezava je potekla ali je bila že uporabljena. Vnesite svoj e-poštni naslov in poslali vam bomo novo.',
  'session.signingIn': 'Prijavljanje…',
  'session.return': (business) => `Nazaj na ${business}`,
  'session.returnGeneric': 'Nazaj na spletno mesto',
  'session.renewFailed': 'Seje ni bilo mogoče podaljšati. Za nadaljevanje se znova prijavite.',
  'login.title': 'Prijavite se za upravljanje obračunavanja',
  'login.intro': 'Vnesite e-poštni naslov, ki ste ga uporabili pri nakupu. Nanj vam bomo poslali varno povezavo za prijavo.',
  'login.email': 'E-pošta',
  'login.submit': 'Pošlji mi povezavo za prijavo',
  'login.sending': 'Pošiljanje…',
  'login.invalidEmail': 'Vnesite e-poštni naslov v obliki ime@example.com.',
  'login.sent.title': 'Preverite svoj e-poštni predal',
  'login.sent.body': (email) =>
    `Če je naslov ${email} povezan z uporabniškim računom, je povezava za prijavo na poti. Deluje enkrat in poteče v 24 urah.`,
  'login.again': 'Uporabi drug e-poštni naslov',
  'login.rateLimited': (minutes) =>
    minutes <= 1
      ? 'Preveč poskusov. Poskusite znova čez minuto.'
      : `Preveč poskusov. Poskusite znova čez ${plural('sl', minutes, { one: '# minuto', two: '# minuti', few: '# minute', other: '# minut' })}.`,
  'error.network': 'Storitve za obračunavanje ni bilo mogoče doseči. Preverite povezavo in poskusite znova.',
  'error.expired': 'Vaša seja je potekla. Za nadaljevanje se znova prijavite.',
  'error.unauthenticated': 'Niste prijavljeni.',
  'error.malformed': 'Storitev za obračunavanje je vrnila odgovor, ki ga ne razumemo. Poskusite znova čez trenutek.',
  'error.server': 'Pri nas je prišlo do napake. Poskusite znova čez trenutek.',
  'error.rate_limited': 'Preveč poskusov. Počakajte trenutek in poskusite znova.',
  'error.generic': 'Prišlo je do napake. Poskusite znova.',
  'error.offline': offline,
  'error.timeout': 'Storitev za obračunavanje se ni odzvala pravočasno. Preverite povezavo in poskusite znova.',
  'action.retry': 'Poskusi znova',
  'app.nav': 'Razdelki obračunavanja',
  'app.section.subscriptions': 'Naročnine',
  'app.section.paymentMethods': 'Plačilna sredstva',
  'app.section.invoices': 'Računi',
  'app.section.profile': 'Vaši podatki',
  'app.section.licenseKeys': 'Licenčni ključi',
  'app.return': (business) => `Nazaj na ${business}`,
  'app.privacy': 'Pravilnik o zasebnosti',
  'app.terms': 'Pogoji uporabe',
  'app.poweredBy': 'Varen portal za obračunavanje',
  'app.signOut': 'Odjava',
};

export default strings;
