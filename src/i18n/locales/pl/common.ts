import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const offline = 'Brak połączenia z internetem. Operacje rozliczeniowe są wstrzymane do czasu przywrócenia połączenia.';

const strings: NamespaceStrings<'common'> = {
  'session.warning': 'Ze względów bezpieczeństwa sesja zakończy się za około minutę, jeśli nie zostanie przedłużona.',
  'session.warningFinal': 'Ze względów bezpieczeństwa sesja zakończy się za około minutę. Aby kontynuować, zaloguj się potem ponownie.',
  'session.stay': 'Przedłuż sesję',
  'session.offline': offline,
  'session.expired.title': 'Sesja wygasła',
  'session.expired.body': 'Ze względów bezpieczeństwa nastąpiło wylogowanie po okresie bezczynności.',
  'session.loggedOut.title': 'Wylogowano',
  'session.loggedOut.body': 'Dane rozliczeniowe nie są już wyświetlane na tej stronie.',
  'session.invalidLink.title': 'Tego linku do logowania nie można użyć',
  'session.invalidLink.body': 'Link wygasł lub został już użyty. Podaj adres e-mail, a wyślemy nowy.',
  'session.signingIn': 'Logowanie…',
  'session.return': (business) => `Wróć do ${business}`,
  'session.returnGeneric': 'Wróć do witryny',
  'session.renewFailed': 'Nie udało się przedłużyć sesji. Zaloguj się ponownie, aby kontynuować.',
  'login.title': 'Zaloguj się, aby zarządzać rozliczeniami',
  'login.intro': 'Podaj adres e-mail użyty przy zakupie. Wyślemy na niego bezpieczny link do logowania.',
  'login.email': 'E-mail',
  'login.submit': 'Wyślij mi link do logowania',
  'login.sending': 'Wysyłanie…',
  'login.invalidEmail': 'Wpisz adres e-mail w formacie nazwa@example.com.',
  'login.sent.title': 'Sprawdź skrzynkę odbiorczą',
  'login.sent.body': (email) =>
    `Jeśli adres ${email} należy do konta, link do logowania jest już w drodze. Działa jednorazowo i wygasa po 24 godzinach.`,
  'login.again': 'Użyj innego adresu e-mail',
  'login.rateLimited': (minutes) =>
    minutes <= 1
      ? 'Zbyt wiele prób. Spróbuj ponownie za minutę.'
      : `Zbyt wiele prób. Spróbuj ponownie za ${plural('pl', minutes, { one: '# minutę', few: '# minuty', many: '# minut', other: '# minuty' })}.`,
  'error.network': 'Nie udało się połączyć z usługą rozliczeń. Sprawdź połączenie i spróbuj ponownie.',
  'error.expired': 'Sesja wygasła. Zaloguj się ponownie, aby kontynuować.',
  'error.unauthenticated': 'Nie zalogowano się.',
  'error.malformed': 'Usługa rozliczeń zwróciła nieczytelną odpowiedź. Spróbuj ponownie za chwilę.',
  'error.server': 'Wystąpił błąd po naszej stronie. Spróbuj ponownie za chwilę.',
  'error.rate_limited': 'Zbyt wiele prób. Odczekaj chwilę i spróbuj ponownie.',
  'error.generic': 'Coś poszło nie tak. Spróbuj ponownie.',
  'error.offline': offline,
  'error.timeout': 'Usługa rozliczeń nie odpowiedziała na czas. Sprawdź połączenie i spróbuj ponownie.',
  'action.retry': 'Spróbuj ponownie',
  'app.nav': 'Sekcje rozliczeń',
  'app.section.subscriptions': 'Subskrypcje',
  'app.section.paymentMethods': 'Metody płatności',
  'app.section.invoices': 'Faktury',
  'app.section.profile': 'Dane konta',
  'app.section.licenseKeys': 'Klucze licencyjne',
  'app.return': (business) => `Wróć do ${business}`,
  'app.privacy': 'Polityka prywatności',
  'app.terms': 'Regulamin',
  'app.poweredBy': 'Bezpieczny portal rozliczeń',
  'app.signOut': 'Wyloguj się',
};

export default strings;
