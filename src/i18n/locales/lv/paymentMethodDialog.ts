import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'paymentMethodDialog'> = {
  'paymentMethodDialog.add': 'Pievienot jaunu maksājuma veidu',
  'paymentMethodDialog.addHint': 'Datus ievadīsiet mūsu maksājumu pakalpojumu sniedzēja drošajā lapā un pēc tam atgriezīsieties šeit.',
  'paymentMethodDialog.flag.default': 'Noklusējums',
  'paymentMethodDialog.flag.current': 'Pašreizējais',
  'paymentMethodDialog.usedBy': (names) => `Izmanto: ${names}`,
  'paymentMethodDialog.close': 'Aizvērt',
  'paymentMethodDialog.cancel': 'Atcelt',
  'paymentMethodDialog.done': 'Gatavs',
  'paymentMethodDialog.dialog.title': 'Jūsu maksājuma veidi',
  'paymentMethodDialog.dialog.subscriptionTitle': (name) => `Abonementa ${name} maksājuma veids`,
  'paymentMethodDialog.dialog.reactivateTitle': (name) => `Atjaunot ${name}`,
  'paymentMethodDialog.dialog.onHoldIntro': (name) =>
    `Abonements ${name} ir aizturēts, jo maksājums neizdevās. Izvēlieties maksājuma veidu: no tā tiks iekasēta nesamaksātā summa, un abonements atsāksies.`,
  'paymentMethodDialog.dialog.pastDueIntro': (name) =>
    `Abonementa ${name} maksājums neizdevās. Izvēlieties maksājuma veidu: no tā tiks iekasēta nesamaksātā summa.`,
  'paymentMethodDialog.dialog.outstanding': 'Jāmaksā tagad',
  'paymentMethodDialog.dialog.saved': 'Saglabātie maksājuma veidi',
  'paymentMethodDialog.makeDefault': 'Iestatīt kā noklusējumu',
  'paymentMethodDialog.saving': 'Saglabā…',
  'paymentMethodDialog.alreadyDefault': 'Šis ir jūsu noklusējuma maksājuma veids.',
  'paymentMethodDialog.defaultDone': (name) => `${name} tagad ir jūsu noklusējuma maksājuma veids.`,
  'paymentMethodDialog.useFor': (name) => `Izmantot abonementam ${name}`,
  'paymentMethodDialog.alreadyUsed': (name) => `${name} jau izmanto šo maksājuma veidu.`,
  'paymentMethodDialog.usedNow': (subscription, method) => `${subscription}: maksājuma veids tagad ir ${method}.`,
  'paymentMethodDialog.pay': (amount) => `Samaksāt ${amount} un atjaunot`,
  'paymentMethodDialog.paying': 'Maksā…',
  'paymentMethodDialog.reactivated.title': 'Maksājums saņemts',
  'paymentMethodDialog.reactivated.body': (name, amount) => `${amount} ir samaksāts, un abonements ${name} atkal ir aktīvs.`,
  'paymentMethodDialog.reactivated.with': (method) => `Maksājuma veids: ${method}.`,
  'paymentMethodDialog.reactivated.renews': (date) => `Tas atjaunosies ${date}.`,
  'paymentMethodDialog.reactivated.announce': (name, amount) => `Samaksāts ${amount}. Abonements ${name} atkal ir aktīvs.`,
  'paymentMethodDialog.receipt': (number) => `Kvīts: rēķins ${number} (PDF)`,
  'paymentMethodDialog.declined.title': 'Maksājums neizdevās.',
  'paymentMethodDialog.declined.still': (name, onHold) =>
    `Abonements ${name} joprojām ir ${onHold ? 'aizturēts' : 'ar kavētu maksājumu'}. Izvēlieties citu maksājuma veidu vai pievienojiet jaunu un mēģiniet vēlreiz.`,
  'paymentMethodDialog.conflict': 'Abonements pa to laiku ir mainījies. Pārbaudiet informāciju un mēģiniet vēlreiz.',
  'paymentMethodDialog.conflictSettled': (name) => `Abonementam ${name} nav nekā, ko maksāt; nekas netika iekasēts.`,
  'paymentMethodDialog.remove': (name) => `Noņemt ${name}`,
  'paymentMethodDialog.remove.confirm': (name) => `Noņemt ${name}?`,
  'paymentMethodDialog.remove.moves': (names) => `${names}: turpmāk maksa tiks iekasēta no noklusējuma maksājuma veida.`,
  'paymentMethodDialog.remove.yes': 'Noņemt',
  'paymentMethodDialog.remove.no': 'Paturēt',
  'paymentMethodDialog.removing': 'Noņem…',
  'paymentMethodDialog.remove.lastNeeded':
    'Šis ir jūsu vienīgais maksājuma veids, un jūsu abonementiem tas ir vajadzīgs, tāpēc to nevar noņemt. Vispirms pievienojiet citu maksājuma veidu.',
  'paymentMethodDialog.remove.refused': (message) => `Tas netika noņemts. ${message}`,
  'paymentMethodDialog.removed': (name) => `${name} ir noņemts.`,
  'paymentMethodDialog.added': (name) => `${name} ir pievienots.`,
  'paymentMethodDialog.addedPayNext': (name, amount) =>
    `${name} ir pievienots. Lai maksātu ar to, nospiediet „Samaksāt ${amount} un atjaunot”.`,
};

export default strings;
