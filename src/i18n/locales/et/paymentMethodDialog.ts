import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'paymentMethodDialog'> = {
  'paymentMethodDialog.add': 'Lisa uus makseviis',
  'paymentMethodDialog.addHint': 'Sisestate andmed meie makseteenuse pakkuja turvalisel lehel ja naasete seejärel siia.',
  'paymentMethodDialog.flag.default': 'Vaikimisi',
  'paymentMethodDialog.flag.current': 'Praegune',
  'paymentMethodDialog.usedBy': (names) => `Kasutusel: ${names}`,
  'paymentMethodDialog.close': 'Sulge',
  'paymentMethodDialog.cancel': 'Loobu',
  'paymentMethodDialog.done': 'Valmis',
  'paymentMethodDialog.dialog.title': 'Teie makseviisid',
  'paymentMethodDialog.dialog.subscriptionTitle': (name) => `Tellimuse ${name} makseviis`,
  'paymentMethodDialog.dialog.reactivateTitle': (name) => `Aktiveeri ${name} uuesti`,
  'paymentMethodDialog.dialog.onHoldIntro': (name) =>
    `Teie tellimus ${name} on ootel, sest makse ebaõnnestus. Valige makseviis: tasumata summa võetakse sellelt ja tellimus jätkub.`,
  'paymentMethodDialog.dialog.pastDueIntro': (name) =>
    `Teie tellimuse ${name} makse ebaõnnestus. Valige makseviis: tasumata summa võetakse sellelt.`,
  'paymentMethodDialog.dialog.outstanding': 'Praegu tasuda',
  'paymentMethodDialog.dialog.saved': 'Salvestatud makseviisid',
  'paymentMethodDialog.makeDefault': 'Määra vaikimisi',
  'paymentMethodDialog.saving': 'Salvestamine…',
  'paymentMethodDialog.alreadyDefault': 'See on teie vaikemakseviis.',
  'paymentMethodDialog.defaultDone': (name) => `${name} on nüüd teie vaikemakseviis.`,
  'paymentMethodDialog.useFor': (name) => `Kasuta tellimusel ${name}`,
  'paymentMethodDialog.alreadyUsed': (name) => `${name} kasutab juba seda makseviisi.`,
  'paymentMethodDialog.usedNow': (subscription, method) => `${subscription}: makseviis on nüüd ${method}.`,
  'paymentMethodDialog.pay': (amount) => `Maksa ${amount} ja aktiveeri uuesti`,
  'paymentMethodDialog.paying': 'Maksmine…',
  'paymentMethodDialog.reactivated.title': 'Makse on kätte saadud',
  'paymentMethodDialog.reactivated.body': (name, amount) => `${amount} on makstud ja teie tellimus ${name} on taas aktiivne.`,
  'paymentMethodDialog.reactivated.with': (method) => `Makseviis: ${method}.`,
  'paymentMethodDialog.reactivated.renews': (date) => `See uueneb ${date}.`,
  'paymentMethodDialog.reactivated.announce': (name, amount) => `${amount} makstud. Teie tellimus ${name} on taas aktiivne.`,
  'paymentMethodDialog.receipt': (number) => `Kviitung: arve ${number} (PDF)`,
  'paymentMethodDialog.declined.title': 'Makse ebaõnnestus.',
  'paymentMethodDialog.declined.still': (name, onHold) =>
    `Teie tellimus ${name} on endiselt ${onHold ? 'ootel' : 'tasumata'}. Valige muu makseviis või lisage uus ja proovige uuesti.`,
  'paymentMethodDialog.conflict': 'Tellimus on vahepeal muutunud. Kontrollige andmeid ja proovige uuesti.',
  'paymentMethodDialog.conflictSettled': (name) => `Tellimusel ${name} pole midagi tasuda; tasu ei võetud.`,
  'paymentMethodDialog.remove': (name) => `Eemalda ${name}`,
  'paymentMethodDialog.remove.confirm': (name) => `Kas eemaldada ${name}?`,
  'paymentMethodDialog.remove.moves': (names) => `${names} makstakse edaspidi teie vaikemakseviisiga.`,
  'paymentMethodDialog.remove.yes': 'Eemalda',
  'paymentMethodDialog.remove.no': 'Jäta alles',
  'paymentMethodDialog.removing': 'Eemaldamine…',
  'paymentMethodDialog.remove.lastNeeded':
    'See on teie ainus makseviis ja teie tellimused vajavad seda, seega ei saa seda eemaldada. Lisage esmalt teine makseviis.',
  'paymentMethodDialog.remove.refused': (message) => `Seda ei eemaldatud. ${message}`,
  'paymentMethodDialog.removed': (name) => `${name} eemaldati.`,
  'paymentMethodDialog.added': (name) => `${name} lisati.`,
  'paymentMethodDialog.addedPayNext': (name, amount) =>
    `${name} lisati. Sellega maksmiseks vajutage „Maksa ${amount} ja aktiveeri uuesti“.`,
};

export default strings;
