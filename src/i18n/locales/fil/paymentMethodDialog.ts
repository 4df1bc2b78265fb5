import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'paymentMethodDialog'> = {
  'paymentMethodDialog.add': 'Magdagdag ng bagong paraan ng pagbabayad',
  'paymentMethodDialog.addHint': 'Ilalagay mo ang mga detalye sa secure na page ng aming payment provider, saka ka babalik dito.',
  'paymentMethodDialog.flag.default': 'Pangunahin',
  'paymentMethodDialog.flag.current': 'Kasalukuyan',
  'paymentMethodDialog.usedBy': (names) => `Pambayad sa ${names}`,
  'paymentMethodDialog.close': 'Isara',
  'paymentMethodDialog.cancel': 'Kanselahin',
  'paymentMethodDialog.done': 'Tapos na',
  'paymentMethodDialog.dialog.title': 'Mga paraan ng pagbabayad mo',
  'paymentMethodDialog.dialog.subscriptionTitle': (name) => `Paraan ng pagbabayad para sa ${name}`,
  'paymentMethodDialog.dialog.reactivateTitle': (name) => `Muling i-activate ang ${name}`,
  'paymentMethodDialog.dialog.onHoldIntro': (name) =>
    `Naka-hold ang ${name} subscription mo dahil pumalya ang isang bayad. Pumili ng paraan ng pagbabayad: dito sisingilin ang dapat bayaran at muling magsisimula ang subscription.`,
  'paymentMethodDialog.dialog.pastDueIntro': (name) =>
    `Pumalya ang isang bayad para sa ${name} subscription mo. Pumili ng paraan ng pagbabayad: dito sisingilin ang dapat bayaran.`,
  'paymentMethodDialog.dialog.outstanding': 'Babayaran ngayon',
  'paymentMethodDialog.dialog.saved': 'Mga naka-save na paraan ng pagbabayad',
  'paymentMethodDialog.makeDefault': 'Gawing pangunahin',
  'paymentMethodDialog.saving': 'Sine-save…',
  'paymentMethodDialog.alreadyDefault': 'Ito ang pangunahing paraan ng pagbabayad mo.',
  'paymentMethodDialog.defaultDone': (name) => `Ang ${name} na ang pangunahing paraan ng pagbabayad mo.`,
  'paymentMethodDialog.useFor': (name) => `Gamitin para sa ${name}`,
  'paymentMethodDialog.alreadyUsed': (name) => `Ginagamit na ng ${name} ang paraan ng pagbabayad na ito.`,
  'paymentMethodDialog.usedNow': (subscription, method) => `Binabayaran na ngayon ang ${subscription} gamit ang ${method}.`,
  'paymentMethodDialog.pay': (amount) => `Bayaran ang ${amount} at muling i-activate`,
  'paymentMethodDialog.paying': 'Nagbabayad…',
  'paymentMethodDialog.reactivated.title': 'Natanggap ang bayad',
  'paymentMethodDialog.reactivated.body': (name, amount) => `Nabayaran ang ${amount} at aktibo na ulit ang ${name} subscription mo.`,
  'paymentMethodDialog.reactivated.with': (method) => `Binayaran gamit ang ${method}.`,
  'paymentMethodDialog.reactivated.renews': (date) => `Magre-renew ito sa ${date}.`,
  'paymentMethodDialog.reactivated.announce': (name, amount) => `Nabayaran ang ${amount}. Aktibo na ulit ang ${name} subscription mo.`,
  'paymentMethodDialog.receipt': (number) => `Resibo: invoice ${number} (PDF)`,
  'paymentMethodDialog.declined.title': 'Hindi natuloy ang bayad.',
  'paymentMethodDialog.declined.still': (name, onHold) =>
    `${onHold ? 'Naka-hold pa rin' : 'Atrasado pa rin sa bayad'} ang ${name} subscription mo. Pumili ng ibang paraan ng pagbabayad, o magdagdag ng bago, at subukan ulit.`,
  'paymentMethodDialog.conflict': 'Nagbago ang subscription na ito samantala. Tingnan ang mga detalye at subukan ulit.',
  'paymentMethodDialog.conflictSettled': (name) => `Wala nang babayaran sa ${name}; walang siningil.`,
  'paymentMethodDialog.remove': (name) => `Alisin ang ${name}`,
  'paymentMethodDialog.remove.confirm': (name) => `Alisin ang ${name}?`,
  'paymentMethodDialog.remove.moves': (names) => `Sa pangunahing paraan ng pagbabayad mo na sisingilin ang ${names}.`,
  'paymentMethodDialog.remove.yes': 'Alisin',
  'paymentMethodDialog.remove.no': 'Panatilihin',
  'paymentMethodDialog.removing': 'Inaalis…',
  'paymentMethodDialog.remove.lastNeeded':
    'Ito lang ang paraan ng pagbabayad mo at kailangan ito ng mga subscription mo, kaya hindi ito maaalis. Magdagdag muna ng ibang paraan ng pagbabayad.',
  'paymentMethodDialog.remove.refused': (message) => `Hindi ito naalis. ${message}`,
  'paymentMethodDialog.removed': (name) => `Naalis ang ${name}.`,
  'paymentMethodDialog.added': (name) => `Naidagdag ang ${name}.`,
  'paymentMethodDialog.addedPayNext': (name, amount) =>
    `Naidagdag ang ${name}. Pindutin ang “Bayaran ang ${amount} at muling i-activate” para magbayad gamit ito.`,
};

export default strings;
