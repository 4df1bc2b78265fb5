import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const offline = 'Nincs internetkapcsolat. A számlázási műveletek szünetelnek, amíg a kapcsolat helyre nem áll.';

const strings: NamespaceStrings<'common'> = {
  'session.warning': 'Biztonsági okokból a munkamenet körülbelül egy perc múlva lejár, hacsak nem marad bejelentkezve.',
  'session.warningFinal': 'Biztonsági okokból a munkamenet körülbelül egy perc múlva lejár. Utána a folytatáshoz jelentkezzen be újra.',
  'session.stay': 'Bejelentkezve maradok',
  'session.offline': offline,
  'session.expired.title': 'A munkamenet lejárt',
  'session.expired.body': 'Biztonsági okokból egy ideig tartó inaktivitás után kijelentkeztettük.',
  'session.loggedOut.title': 'Kijelentkezett',
  'session.loggedOut.body': 'A számlázási adatai már nem jelennek meg ezen az oldalon.',
  'session.invalidLink.title': 'Ez a bejelentkezési link nem használható',
  'session.invalidLink.body': 'A link lejárt, vagy már felhasználták. Adja meg az e-mail-címét, és küldünk egy újat.',
  'session.signingIn': 'Bejelentkezés…',
  'session.return': (business) => `Vissza ide: ${business}`,
  'session.returnGeneric': 'Vissza a webhelyre',
  'session.renewFailed': 'Nem sikerült megújítani a munkamenetet. A folytatáshoz jelentkezzen be újra.',
  'login.title': 'Jelentkezzen be a számlázás kezeléséhez',
  'login.intro': 'Adja meg a vásárláskor használt e-mail-címét. Küldünk rá egy biztonságos bejelentkezési linket.',
  'login.email': 'E-mail-cím',
  'login.submit': 'Bejelentkezési link küldése',
  'login.sending': 'Küldés…',
  'login.invalidEmail': 'Adjon meg egy e-mail-címet, például nev@example.com.',
  'login.sent.title': 'Nézze meg a beérkező leveleit',
  'login.sent.body': (email) =>
    `Ha ${email} címmel létezik fiók, a bejelentkezési link már úton van. Egyszer használható, és 24 óra múlva lejár.`,
  'login.again': 'Másik e-mail-cím használata',
  'login.rateLimited': (minutes) =>
    minutes <= 1
      ? 'Túl sok próbálkozás. Próbálja újra egy perc múlva.'
      : `Túl sok próbálkozás. Próbálja újra ${plural('hu', minutes, { other: '# perc' })} múlva.`,
  'error.network': 'Nem sikerült elérni a számlázási szolgáltatást. Ellenőrizze a kapcsolatot, és próbálja újra.',
  'error.expired': 'A munkamenet lejárt. A folytatáshoz jelentkezzen be újra.',
  'error.unauthenticated': 'Nincs bejelentkezve.',
  'error.malformed': 'A számlázási szolgáltatás értelmezhetetlen választ küldött. Próbálja újra kicsit később.',
  'error.server': 'Hiba történt a mi oldalunkon. Próbálja újra kicsit később.',
  'error.rate_limited': 'Túl sok próbálkozás. Várjon egy kicsit, és próbálja újra.',
  'error.generic': 'Hiba történt. Próbálja újra.',
  'error.offline': offline,
  'error.timeout': 'A számlázási szolgáltatás túl sokáig nem válaszolt. Ellenőrizze a kapcsolatot, és próbálja újra.',
  'action.retry': 'Próbálja újra',
  'app.nav': 'Számlázási menü',
  'app.section.subscriptions': 'Előfizetések',
  'app.section.paymentMethods': 'Fizetési módok',
  'app.section.invoices': 'Számlák',
  'app.section.profile': 'Fiókadatok',
  'app.section.licenseKeys': 'Licenckulcsok',
  'app.return': (business) => `Vissza ide: ${business}`,
  'app.privacy': 'Adatvédelmi szabályzat',
  'app.terms': 'Felhasználási feltételek',
  'app.poweredBy': 'Biztonságos számlázási portál',
  'app.signOut': 'Kijelentkezés',
};

export default strings;
