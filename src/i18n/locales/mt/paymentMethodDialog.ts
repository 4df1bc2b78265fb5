import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'paymentMethodDialog'> = {
  'paymentMethodDialog.add': 'Żid metodu ta’ ħlas ġdid',
  'paymentMethodDialog.addHint': 'Tdaħħal id-dettalji fil-paġna sigura tal-fornitur tal-ħlasijiet tagħna, imbagħad terġa’ lura hawn.',
  'paymentMethodDialog.flag.default': 'Prinċipali',
  'paymentMethodDialog.flag.current': 'Attwali',
  'paymentMethodDialog.usedBy': (names) => `Iħallas għal ${names}`,
  'paymentMethodDialog.close': 'Agħlaq',
  'paymentMethodDialog.cancel': 'Ikkanċella',
  'paymentMethodDialog.done': 'Lest',
  'paymentMethodDialog.dialog.title': 'Il-metodi ta’ ħlas tiegħek',
  'paymentMethodDialog.dialog.subscriptionTitle': (name) => `Metodu ta’ ħlas għal ${name}`,
  'paymentMethodDialog.dialog.reactivateTitle': (name) => `Erġa’ attiva ${name}`,
  'paymentMethodDialog.dialog.onHoldIntro': (name) =>
    `L-abbonament ${name} tiegħek huwa miżmum għax ħlas ma rnexxiex. Agħżel metodu ta’ ħlas: l-ammont dovut jiġi ċċarġjat fuqu u l-abbonament jerġa’ jibda.`,
  'paymentMethodDialog.dialog.pastDueIntro': (name) =>
    `Ħlas għall-abbonament ${name} tiegħek ma rnexxiex. Agħżel metodu ta’ ħlas: l-ammont dovut jiġi ċċarġjat fuqu.`,
  'paymentMethodDialog.dialog.outstanding': 'Ammont dovut issa',
  'paymentMethodDialog.dialog.saved': 'Metodi ta’ ħlas salvati',
  'paymentMethodDialog.makeDefault': 'Agħmlu prinċipali',
  'paymentMethodDialog.saving': 'Qed jiġi salvat…',
  'paymentMethodDialog.alreadyDefault': 'Dan huwa l-metodu ta’ ħlas prinċipali tiegħek.',
  'paymentMethodDialog.defaultDone': (name) => `${name} issa huwa l-metodu ta’ ħlas prinċipali tiegħek.`,
  'paymentMethodDialog.useFor': (name) => `Uża għal ${name}`,
  'paymentMethodDialog.alreadyUsed': (name) => `${name} diġà juża dan il-metodu ta’ ħlas.`,
  'paymentMethodDialog.usedNow': (subscription, method) => `${subscription} issa jitħallas b’${method}.`,
  'paymentMethodDialog.pay': (amount) => `Ħallas ${amount} u erġa’ attiva`,
  'paymentMethodDialog.paying': 'Qed isir il-ħlas…',
  'paymentMethodDialog.reactivated.title': 'Il-ħlas wasal',
  'paymentMethodDialog.reactivated.body': (name, amount) => `Tħallsu ${amount} u l-abbonament ${name} tiegħek reġa’ attiv.`,
  'paymentMethodDialog.reactivated.with': (method) => `Imħallas b’${method}.`,
  'paymentMethodDialog.reactivated.renews': (date) => `Jiġġedded fi ${date}.`,
  'paymentMethodDialog.reactivated.announce': (name, amount) => `Tħallsu ${amount}. L-abbonament ${name} tiegħek reġa’ attiv.`,
  'paymentMethodDialog.receipt': (number) => `Irċevuta: fattura ${number} (PDF)`,
  'paymentMethodDialog.declined.title': 'Il-ħlas ma għaddiex.',
  'paymentMethodDialog.declined.still': (name, onHold) =>
    `L-abbonament ${name} tiegħek għadu ${onHold ? 'miżmum' : 'b’ħlas tard'}. Agħżel metodu ta’ ħlas ieħor, jew żid wieħed ġdid, u erġa’ pprova.`,
  'paymentMethodDialog.conflict': 'Dan l-abbonament inbidel sadanittant. Iċċekkja d-dettalji u erġa’ pprova.',
  'paymentMethodDialog.conflictSettled': (name) => `${name} m’għandu xejn aktar x’jitħallas; ma ġie ċċarġjat xejn.`,
  'paymentMethodDialog.remove': (name) => `Neħħi ${name}`,
  'paymentMethodDialog.remove.confirm': (name) => `Tneħħi ${name}?`,
  'paymentMethodDialog.remove.moves': (names) => `${names} minflok jiġu ċċarġjati fuq il-metodu ta’ ħlas prinċipali tiegħek.`,
  'paymentMethodDialog.remove.yes': 'Neħħi',
  'paymentMethodDialog.remove.no': 'Żommu',
  'paymentMethodDialog.removing': 'Qed jitneħħa…',
  'paymentMethodDialog.remove.lastNeeded':
    'Dan huwa l-uniku metodu ta’ ħlas tiegħek u l-abbonamenti tiegħek jeħtieġu wieħed, għalhekk ma jistax jitneħħa. L-ewwel żid metodu ta’ ħlas ieħor.',
  'paymentMethodDialog.remove.refused': (message) => `Ma tneħħiex. ${message}`,
  'paymentMethodDialog.removed': (name) => `Il-metodu ta’ ħlas ${name} tneħħa.`,
  'paymentMethodDialog.added': (name) => `Il-metodu ta’ ħlas ${name} ġie miżjud.`,
  'paymentMethodDialog.addedPayNext': (name, amount) =>
    `Il-metodu ta’ ħlas ${name} ġie miżjud. Agħfas “Ħallas ${amount} u erġa’ attiva” biex tħallas bih.`,
};

export default strings;
