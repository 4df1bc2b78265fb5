import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'paymentMethodDialog'> = {
  'paymentMethodDialog.add': 'Pridėti naują mokėjimo būdą',
  'paymentMethodDialog.addHint': 'Duomenis įvesite saugiame mūsų mokėjimų paslaugų teikėjo puslapyje, tada grįšite čia.',
  'paymentMethodDialog.flag.default': 'Numatytasis',
  'paymentMethodDialog.flag.current': 'Dabartinis',
  'paymentMethodDialog.usedBy': (names) => `Naudoja: ${names}`,
  'paymentMethodDialog.close': 'Uždaryti',
  'paymentMethodDialog.cancel': 'Atšaukti',
  'paymentMethodDialog.done': 'Atlikta',
  'paymentMethodDialog.dialog.title': 'Jūsų mokėjimo būdai',
  'paymentMethodDialog.dialog.subscriptionTitle': (name) => `Prenumeratos ${name} mokėjimo būdas`,
  'paymentMethodDialog.dialog.reactivateTitle': (name) => `Vėl aktyvinti ${name}`,
  'paymentMethodDialog.dialog.onHoldIntro': (name) =>
    `Prenumerata ${name} sulaikyta, nes mokėjimas nepavyko. Pasirinkite mokėjimo būdą: iš jo bus nuskaičiuota mokėtina suma, ir prenumerata vėl veiks.`,
  'paymentMethodDialog.dialog.pastDueIntro': (name) =>
    `Prenumeratos ${name} mokėjimas nepavyko. Pasirinkite mokėjimo būdą: iš jo bus nuskaičiuota mokėtina suma.`,
  'paymentMethodDialog.dialog.outstanding': 'Mokėtina dabar',
  'paymentMethodDialog.dialog.saved': 'Išsaugoti mokėjimo būdai',
  'paymentMethodDialog.makeDefault': 'Nustatyti numatytuoju',
  'paymentMethodDialog.saving': 'Išsaugoma…',
  'paymentMethodDialog.alreadyDefault': 'Tai jūsų numatytasis mokėjimo būdas.',
  'paymentMethodDialog.defaultDone': (name) => `${name} dabar yra jūsų numatytasis mokėjimo būdas.`,
  'paymentMethodDialog.useFor': (name) => `Naudoti prenumeratai ${name}`,
  'paymentMethodDialog.alreadyUsed': (name) => `${name} jau naudoja šį mokėjimo būdą.`,
  'paymentMethodDialog.usedNow': (subscription, method) => `${subscription}: mokėjimo būdas dabar – ${method}.`,
  'paymentMethodDialog.pay': (amount) => `Sumokėti ${amount} ir aktyvinti`,
  'paymentMethodDialog.paying': 'Mokama…',
  'paymentMethodDialog.reactivated.title': 'Mokėjimas gautas',
  'paymentMethodDialog.reactivated.body': (name, amount) => `Sumokėta ${amount}, prenumerata ${name} vėl aktyvi.`,
  'paymentMethodDialog.reactivated.with': (method) => `Mokėjimo būdas: ${method}.`,
  'paymentMethodDialog.reactivated.renews': (date) => `Ji atsinaujins ${date}.`,
  'paymentMethodDialog.reactivated.announce': (name, amount) => `Sumokėta ${amount}. Prenumerata ${name} vėl aktyvi.`,
  'paymentMethodDialog.receipt': (number) => `Kvitas: sąskaita ${number} (PDF)`,
  'paymentMethodDialog.declined.title': 'Mokėjimas nepavyko.',
  'paymentMethodDialog.declined.still': (name, onHold) =>
    `Prenumerata ${name} vis dar ${onHold ? 'sulaikyta' : 'pradelsta'}. Pasirinkite kitą mokėjimo būdą arba pridėkite naują ir bandykite dar kartą.`,
  'paymentMethodDialog.conflict': 'Prenumerata tuo metu pasikeitė. Patikrinkite informaciją ir bandykite dar kartą.',
  'paymentMethodDialog.conflictSettled': (name) => `Prenumeratai ${name} nieko nereikia mokėti; niekas nenuskaičiuota.`,
  'paymentMethodDialog.remove': (name) => `Pašalinti ${name}`,
  'paymentMethodDialog.remove.confirm': (name) => `Pašalinti ${name}?`,
  'paymentMethodDialog.remove.moves': (names) => `${names}: mokestis bus nuskaičiuojamas numatytuoju mokėjimo būdu.`,
  'paymentMethodDialog.remove.yes': 'Pašalinti',
  'paymentMethodDialog.remove.no': 'Palikti',
  'paymentMethodDialog.removing': 'Šalinama…',
  'paymentMethodDialog.remove.lastNeeded':
    'Tai vienintelis jūsų mokėjimo būdas, o prenumeratoms jo reikia, todėl jo pašalinti negalima. Pirmiausia pridėkite kitą mokėjimo būdą.',
  'paymentMethodDialog.remove.refused': (message) => `Nepašalinta. ${message}`,
  'paymentMethodDialog.removed': (name) => `${name} pašalintas.`,
  'paymentMethodDialog.added': (name) => `${name} pridėtas.`,
  'paymentMethodDialog.addedPayNext': (name, amount) =>
    `${name} pridėtas. Norėdami juo sumokėti, spustelėkite „Sumokėti ${amount} ir aktyvinti“.`,
};

export default strings;
