import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const offline = 'Sunteți offline. Acțiunile de facturare sunt suspendate până la restabilirea conexiunii.';

const strings: NamespaceStrings<'common'> = {
  'session.warning': 'Pentru siguranța dvs., sesiunea se va încheia în aproximativ un minut dacă nu o prelungiți.',
  'session.warningFinal': 'Pentru siguranța dvs., sesiunea se va încheia în aproximativ un minut. Apoi conectați-vă din nou pentru a continua.',
  'session.stay': 'Prelungiți sesiunea',
  'session.offline': offline,
  'session.expired.title': 'Sesiunea s-a încheiat',
  'session.expired.body': 'Pentru siguranța dvs., sesiunea a fost închisă după o perioadă de inactivitate.',
  'session.loggedOut.title': 'V-ați deconectat',
  'session.loggedOut.body': 'Detaliile de facturare nu mai sunt afișate pe această pagină.',
  'session.invalidLink.title': 'Acest link de conectare nu poate fi folosit',
  'session.invalidLink.body': 'A expirat sau a fost deja folosit. Introduceți adresa de e-mail și vă trimitem unul nou.',
  'session.signingIn': 'Se face conectarea…',
  'session.return': (business) => `Înapoi la ${business}`,
  'session.returnGeneric': 'Înapoi la site',
  'session.renewFailed': 'Nu am putut prelungi sesiunea. Conectați-vă din nou pentru a continua.',
  'login.title': 'Conectați-vă pentru a vă gestiona facturarea',
  'login.intro': 'Introduceți adresa de e-mail folosită la cumpărare. Vă vom trimite un link securizat de conectare.',
  'login.email': 'E-mail',
  'login.submit': 'Trimiteți-mi un link de conectare',
  'login.sending': 'Se trimite…',
  'login.invalidEmail': 'Introduceți o adresă de e-mail de forma nume@example.com.',
  'login.sent.title': 'Verificați-vă căsuța de e-mail',
  'login.sent.body': (email) =>
    `Dacă ${email} aparține unui cont, linkul de conectare este pe drum. Funcționează o singură dată și expiră în 24 de ore.`,
  'login.again': 'Folosiți altă adresă de e-mail',
  'login.rateLimited': (minutes) =>
    minutes <= 1
      ? 'Prea multe încercări. Încercați din nou peste un minut.'
      : `Prea multe încercări. Încercați din nou peste ${plural('ro', minutes, { one: '# minut', few: '# minute', other: '# de minute' })}.`,
  'error.network': 'Nu am putut contacta serviciul de facturare. Verificați conexiunea și încercați din nou.',
  'error.expired': 'Sesiunea a expirat. Conectați-vă din nou pentru a continua.',
  'error.unauthenticated': 'Nu v-ați conectat.',
  'error.malformed': 'Serviciul de facturare a trimis un răspuns pe care nu l-am putut citi. Încercați din nou în câteva momente.',
  'error.server': 'A apărut o eroare la noi. Încercați din nou în câteva momente.',
  'error.rate_limited': 'Prea multe încercări. Așteptați puțin și încercați din nou.',
  'error.generic': 'A apărut o eroare. Încercați din nou.',
  'error.offline': offline,
  'error.timeout': 'Serviciul de facturare a răspuns prea târziu. Verificați conexiunea și încercați din nou.',
  'action.retry': 'Încercați din nou',
  'app.nav': 'Secțiuni de facturare',
  'app.section.subscriptions': 'Abonamente',
  'app.section.paymentMethods': 'Metode de plată',
  'app.section.invoices': 'Facturi',
  'app.section.profile': 'Detaliile contului',
  'app.section.licenseKeys': 'Chei de licență',
  'app.return': (business) => `Înapoi la ${business}`,
  'app.privacy': 'Politica de confidențialitate',
  'app.terms': 'Termeni și condiții',
  'app.poweredBy': 'Portal de facturare securizat',
  'app.signOut': 'Deconectare',
};

export default strings;
