import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'common'> = {
  'session.warning': 'Għas-sigurtà tiegħek, is-sessjoni se tintemm f’madwar minuta sakemm ma tagħżilx li tibqa’ dieħel.',
  'session.warningFinal': 'Għas-sigurtà tiegħek, is-sessjoni se tintemm f’madwar minuta. Wara, idħol mill-ġdid biex tkompli.',
  'session.stay': 'Ibqa’ dieħel',
  'session.offline': 'M’intix konness. L-azzjonijiet tal-ħlas huma sospiżi sakemm terġa’ tiġi l-konnessjoni.',
  'session.expired.title': 'Is-sessjoni tiegħek intemmet',
  'session.expired.body': 'Għas-sigurtà tiegħek, is-sessjoni ngħalqet wara perjodu ta’ inattività.',
  'session.loggedOut.title': 'Ħriġt mill-kont',
  'session.loggedOut.body': 'Id-dettalji tal-ħlas tiegħek ma għadhomx jidhru f’din il-paġna.',
  'session.invalidLink.title': 'Din il-link tad-dħul ma tistax tintuża',
  'session.invalidLink.body': 'Skadiet jew diġà ntużat. Daħħal l-email tiegħek u nibagħtulek waħda ġdida.',
  'session.signingIn': 'Qed tidħol…',
  'session.return': (business) => `Lura għal ${business}`,
  'session.returnGeneric': 'Lura għas-sit',
  'session.renewFailed': 'Ma stajniex inġeddu s-sessjoni tiegħek. Idħol mill-ġdid biex tkompli.',
  'login.title': 'Idħol biex timmaniġġja l-ħlasijiet tiegħek',
  'login.intro': 'Daħħal l-email li użajt meta xtrajt. Nibagħtulek link sigura bl-email biex tidħol.',
  'login.email': 'Indirizz tal-email',
  'login.submit': 'Ibgħatli link biex nidħol',
  'login.sending': 'Qed jintbagħat…',
  'login.invalidEmail': 'Daħħal indirizz tal-email bħal name@example.com.',
  'login.sent.title': 'Iċċekkja l-posta tiegħek',
  'login.sent.body': (email) =>
    `Jekk ${email} jappartjeni għal kont, link tad-dħul hija fit-triq. Taħdem darba biss u tiskadi fi żmien 24 siegħa.`,
  'login.again': 'Uża email oħra',
  'login.rateLimited': (minutes) =>
    minutes <= 1
      ? 'Wisq tentattivi. Erġa’ pprova fi żmien minuta.'
      : `Wisq tentattivi. Erġa’ pprova fi żmien ${plural('mt', minutes, { one: 'minuta', two: 'minutejn', few: '# minuti', many: '# minuta', other: '# minuta' })}.`,
  'error.network': 'Ma stajniex nikkomunikaw mas-servizz tal-ħlasijiet. Iċċekkja l-konnessjoni tiegħek u erġa’ pprova.',
  'error.expired': 'Is-sessjoni tiegħek skadiet. Idħol mill-ġdid biex tkompli.',
  'error.unauthenticated': 'M’intix dieħel.',
  'error.malformed': 'Is-servizz tal-ħlasijiet bagħat xi ħaġa li ma stajniex naqraw. Erġa’ pprova ftit wara.',
  'error.server': 'Inqalgħet problema min-naħa tagħna. Erġa’ pprova ftit wara.',
  'error.rate_limited': 'Wisq tentattivi. Stenna ftit u erġa’ pprova.',
  'error.generic': 'Inqalgħet problema. Erġa’ pprova.',
  'error.offline': 'M’intix konness. L-azzjonijiet tal-ħlas huma sospiżi sakemm terġa’ tiġi l-konnessjoni.',
  'error.timeout': 'Is-servizz tal-ħlasijiet dam wisq biex iwieġeb. Iċċekkja l-konnessjoni tiegħek u erġa’ pprova.',
  'action.retry': 'Erġa’ pprova',
  'app.nav': 'Taqsimiet tal-ħlasijiet',
  'app.section.subscriptions': 'Abbonamenti',
  'app.section.paymentMethods': 'Metodi ta’ ħlas',
  'app.section.invoices': 'Fatturi',
  'app.section.profile': 'Dettalji tal-kont',
  'app.section.licenseKeys': 'Ċwievet tal-liċenzja',
  'app.return': (business) => `Lura għal ${business}`,
  'app.privacy': 'Politika tal-privatezza',
  'app.terms': 'Termini tas-servizz',
  'app.poweredBy': 'Portal sigur għall-ħlasijiet',
  'app.signOut': 'Oħroġ',
};

export default strings;
