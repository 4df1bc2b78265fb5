import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const offline = 'Jste offline. Platební akce jsou pozastaveny, dokud se připojení neobnoví.';

const strings: NamespaceStrings<'common'> = {
  'session.warning': 'Z bezpečnostních důvodů vaše relace skončí přibližně za minutu, pokud nezůstanete přihlášeni.',
  'session.warningFinal': 'Z bezpečnostních důvodů vaše relace skončí přibližně za minutu. Poté se pro pokračování znovu přihlaste.',
  'session.stay': 'Zůstat přihlášeni',
  'session.offline': offline,
  'session.expired.title': 'Vaše relace skončila',
  'session.expired.body': 'Z bezpečnostních důvodů jste byli po určité době nečinnosti odhlášeni.',
  'session.loggedOut.title': 'Jste odhlášeni',
  'session.loggedOut.body': 'Vaše fakturační údaje se na této stránce už nezobrazují.',
  'session.invalidLink.title': 'Tento přihlašovací odkaz nelze použít',
  'session.invalidLink.body': 'Platnost odkazu vypršela nebo už byl použit. Zadejte svůj e-mail a pošleme vám nový.',
  'session.signingIn': 'Přihlašování…',
  'session.return': (business) => `Zpět na ${business}`,
  'session.returnGeneric': 'Zpět na web',
  'session.renewFailed': 'Relaci se nepodařilo obnovit. Pro pokračování se znovu přihlaste.',
  'login.title': 'Přihlaste se ke správě fakturace',
  'login.intro': 'Zadejte e-mail, který jste použili při nákupu. Pošleme vám na něj zabezpečený odkaz pro přihlášení.',
  'login.email': 'E-mail',
  'login.submit': 'Poslat přihlašovací odkaz',
  'login.sending': 'Odesílání…',
  'login.invalidEmail': 'Zadejte e-mailovou adresu ve tvaru jmeno@example.com.',
  'login.sent.title': 'Zkontrolujte doručenou poštu',
  'login.sent.body': (email) =>
    `Pokud ${email} patří k účtu, přihlašovací odkaz je na cestě. Funguje jednou a jeho platnost vyprší za 24 hodin.`,
  'login.again': 'Použít jiný e-mail',
  'login.rateLimited': (minutes) =>
    minutes <= 1
      ? 'Příliš mnoho pokusů. Zkuste to znovu za minutu.'
      : `Příliš mnoho pokusů. Zkuste to znovu za ${plural('cs', minutes, { one: '# minutu', few: '# minuty', many: '# minuty', other: '# minut' })}.`,
  'error.network': 'Nepodařilo se spojit s fakturační službou. Zkontrolujte připojení a zkuste to znovu.',
  'error.expired': 'Vaše relace vypršela. Pro pokračování se znovu přihlaste.',
  'error.unauthenticated': 'Nejste přihlášeni.',
  'error.malformed': 'Fakturační služba vrátila odpověď, které nerozumíme. Zkuste to znovu za chvíli.',
  'error.server': 'Na naší straně se něco pokazilo. Zkuste to znovu za chvíli.',
  'error.rate_limited': 'Příliš mnoho pokusů. Chvíli počkejte a zkuste to znovu.',
  'error.generic': 'Něco se pokazilo. Zkuste to znovu.',
  'error.offline': offline,
  'error.timeout': 'Fakturační služba neodpověděla včas. Zkontrolujte připojení a zkuste to znovu.',
  'action.retry': 'Zkusit znovu',
  'app.nav': 'Sekce fakturace',
  'app.section.subscriptions': 'Předplatné',
  'app.section.paymentMethods': 'Platební metody',
  'app.section.invoices': 'Faktury',
  'app.section.profile': 'Údaje o účtu',
  'app.section.licenseKeys': 'Licenční klíče',
  'app.return': (business) => `Zpět na ${business}`,
  'app.privacy': 'Zásady ochrany osobních údajů',
  'app.terms': 'Obchodní podmínky',
  'app.poweredBy': 'Zabezpečený fakturační portál',
  'app.signOut': 'Odhlásit se',
};

export default strings;
