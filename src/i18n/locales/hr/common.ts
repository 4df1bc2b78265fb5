import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const offline = 'Niste povezani s internetom. Radnje naplate pauzirane su dok se veza ne uspostavi.';

const strings: NamespaceStrings<'common'> = {
  'session.warning': 'Radi vaše sigurnosti sesija će završiti za otprilike minutu, osim ako ostanete prijavljeni.',
  'session.warningFinal': 'Radi vaše sigurnosti sesija će završiti za otprilike minutu. Nakon toga se ponovno prijavite kako biste nastavili.',
  'session.stay': 'Ostanite prijavljeni',
  'session.offline': offline,
  'session.expired.title': 'Vaša je sesija završila',
  'session.expired.body': 'Radi vaše sigurnosti odjavljeni ste nakon razdoblja neaktivnosti.',
  'session.loggedOut.title': 'Odjavljeni ste',
  'session.loggedOut.body': 'Vaši podaci o naplati više se ne prikazuju na ovoj stranici.',
  'session.invalidLink.title': 'Ova se poveznica za prijavu ne može upotrijebiti',
  'session.invalidLink.body': 'Istekla je ili je već upotrijebljena. Unesite svoju e-adresu i poslat ćemo vam novu.',
  'session.signingIn': 'Prijava u tijeku…',
  'session.return': (business) => `Natrag na ${business}`,
  'session.returnGeneric': 'Natrag na web-mjesto',
  'session.renewFailed': 'Sesiju nije bilo moguće obnoviti. Ponovno se prijavite kako biste nastavili.',
  'login.title': 'Prijavite se za upravljanje naplatom',
  'login.intro': 'Unesite e-adresu koju ste upotrijebili pri kupnji. Poslat ćemo vam sigurnu poveznicu za prijavu.',
  'login.email': 'E-adresa',
  'login.submit': 'Pošalji mi poveznicu za prijavu',
  'login.sending': 'Slanje…',
  'login.invalidEmail': 'Unesite e-adresu u obliku ime@example.com.',
  'login.sent.title': 'Provjerite pristiglu poštu',
  'login.sent.body': (email) =>
    `Ako ${email} pripada korisničkom računu, poveznica za prijavu je na putu. Radi jednom i istječe za 24 sata.`,
  'login.again': 'Upotrijebi drugu e-adresu',
  'login.rateLimited': (minutes) =>
    minutes <= 1
      ? 'Previše pokušaja. Pokušajte ponovno za minutu.'
      : `Previše pokušaja. Pokušajte ponovno za ${plural('hr', minutes, { one: '# minutu', few: '# minute', other: '# minuta' })}.`,
  'error.network': 'Nije moguće povezati se sa servisom za naplatu. Provjerite vezu i pokušajte ponovno.',
  'error.expired': 'Vaša je sesija istekla. Ponovno se prijavite kako biste nastavili.',
  'error.unauthenticated': 'Niste prijavljeni.',
  'error.malformed': 'Servis za naplatu poslao je odgovor koji ne razumijemo. Pokušajte ponovno za trenutak.',
  'error.server': 'Nešto je pošlo po zlu s naše strane. Pokušajte ponovno za trenutak.',
  'error.rate_limited': 'Previše pokušaja. Pričekajte trenutak i pokušajte ponovno.',
  'error.generic': 'Nešto je pošlo po zlu. Pokušajte ponovno.',
  'error.offline': offline,
  'error.timeout': 'Servis za naplatu predugo nije odgovarao. Provjerite vezu i pokušajte ponovno.',
  'action.retry': 'Pokušaj ponovno',
  'app.nav': 'Odjeljci naplate',
  'app.section.subscriptions': 'Pretplate',
  'app.section.paymentMethods': 'Načini plaćanja',
  'app.section.invoices': 'Računi',
  'app.section.profile': 'Vaši podaci',
  'app.section.licenseKeys': 'Licencni ključevi',
  'app.return': (business) => `Natrag na ${business}`,
  'app.privacy': 'Pravila o privatnosti',
  'app.terms': 'Uvjeti korištenja',
  'app.poweredBy': 'Siguran portal za naplatu',
  'app.signOut': 'Odjava',
};

export default strings;
