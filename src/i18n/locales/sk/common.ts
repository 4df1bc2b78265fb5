import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const offline = 'Ste offline. Platobné akcie sú pozastavené, kým sa pripojenie neobnoví.';

const strings: NamespaceStrings<'common'> = {
  'session.warning': 'Z bezpečnostných dôvodov sa vaša relácia skončí asi o minútu, ak nezostanete prihlásení.',
  'session.warningFinal': 'Z bezpečnostných dôvodov sa vaša relácia skončí asi o minútu. Potom sa znova prihláste, ak chcete pokračovať.',
  'session.stay': 'Zostať prihlásený',
  'session.offline': offline,
  'session.expired.title': 'Vaša relácia sa skončila',
  'session.expired.body': 'Z bezpečnostných dôvodov ste boli po určitom čase nečinnosti odhlásení.',
  'session.loggedOut.title': 'Ste odhlásení',
  'session.loggedOut.body': 'Vaše fakturačné údaje sa na tejto stránke už nezobrazujú.',
  'session.invalidLink.title': 'Tento prihlasovací odkaz nemožno použiť',
  'session.invalidLink.body': 'Jeho platnosť vypršala alebo už bol použitý. Zadajte svoj e-mail a pošleme vám nový.',
  'session.signingIn': 'Prihlasovanie…',
  'session.return': (business) => `Späť na ${business}`,
  'session.returnGeneric': 'Späť na web',
  'session.renewFailed': 'Reláciu sa nepodarilo obnoviť. Ak chcete pokračovať, znova sa prihláste.',
  'login.title': 'Prihláste sa a spravujte fakturáciu',
  'login.intro': 'Zadajte e-mail, ktorý ste použili pri nákupe. Pošleme vám naň zabezpečený odkaz na prihlásenie.',
  'login.email': 'E-mail',
  'login.submit': 'Poslať prihlasovací odkaz',
  'login.sending': 'Odosiela sa…',
  'login.invalidEmail': 'Zadajte e-mailovú adresu v tvare meno@example.com.',
  'login.sent.title': 'Skontrolujte si doručenú poštu',
  'login.sent.body': (email) =>
    `Ak ${email} patrí k účtu, prihlasovací odkaz je na ceste. Funguje raz a jeho platnosť vyprší o 24 hodín.`,
  'login.again': 'Použiť iný e-mail',
  'login.rateLimited': (minutes) =>
    minutes <= 1
      ? 'Príliš veľa pokusov. Skúste to znova o minútu.'
      : `Príliš veľa pokusov. Skúste to znova o ${plural('sk', minutes, { one: '# minútu', few: '# minúty', many: '# minúty', other: '# minút' })}.`,
  'error.network': 'Nepodarilo sa spojiť s fakturačnou službou. Skontrolujte pripojenie a skúste to znova.',
  'error.expired': 'Vaša relácia vypršala. Ak chcete pokračovať, znova sa prihláste.',
  'error.unauthenticated': 'Nie ste prihlásení.',
  'error.malformed': 'Fakturačná služba poslala odpoveď, ktorej nerozumieme. Skúste to znova o chvíľu.',
  'error.server': 'Na našej strane sa niečo pokazilo. Skúste to znova o chvíľu.',
  'error.rate_limited': 'Príliš veľa pokusov. Chvíľu počkajte a skúste to znova.',
  'error.generic': 'Niečo sa pokazilo. Skúste to znova.',
  'error.offline': offline,
  'error.timeout': 'Fakturačná služba neodpovedala včas. Skontrolujte pripojenie a skúste to znova.',
  'action.retry': 'Skúsiť znova',
  'app.nav': 'Sekcie fakturácie',
  'app.section.subscriptions': 'Predplatné',
  'app.section.paymentMethods': 'Spôsoby platby',
  'app.section.invoices': 'Faktúry',
  'app.section.profile': 'Údaje o účte',
  'app.section.licenseKeys': 'Licenčné kľúče',
  'app.return': (business) => `Späť na ${business}`,
  'app.privacy': 'Zásady ochrany osobných údajov',
  'app.terms': 'Obchodné podmienky',
  'app.poweredBy': 'Zabezpečený fakturačný portál',
  'app.signOut': 'Odhlásiť sa',
};

export default strings;
