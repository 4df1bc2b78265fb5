import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'paymentMethodDialog'> = {
  'paymentMethodDialog.add': 'Lisää uusi maksutapa',
  'paymentMethodDialog.addHint': 'Syötät tiedot maksupalveluntarjoajamme suojatulla sivulla ja palaat sitten tänne.',
  'paymentMethodDialog.flag.default': 'Oletus',
  'paymentMethodDialog.flag.current': 'Nykyinen',
  'paymentMethodDialog.usedBy': (names) => `Käytössä: ${names}`,
  'paymentMethodDialog.close': 'Sulje',
  'paymentMethodDialog.cancel': 'Peruuta',
  'paymentMethodDialog.done': 'Valmis',
  'paymentMethodDialog.dialog.title': 'Maksutapasi',
  'paymentMethodDialog.dialog.subscriptionTitle': (name) => `Tilauksen ${name} maksutapa`,
  'paymentMethodDialog.dialog.reactivateTitle': (name) => `Aktivoi ${name} uudelleen`,
  'paymentMethodDialog.dialog.onHoldIntro': (name) =>
    `${name}-tilauksesi on pidossa, koska maksu epäonnistui. Valitse maksutapa: erääntynyt summa veloitetaan siltä, ja tilaus jatkuu.`,
  'paymentMethodDialog.dialog.pastDueIntro': (name) =>
    `${name}-tilauksesi maksu epäonnistui. Valitse maksutapa: erääntynyt summa veloitetaan siltä.`,
  'paymentMethodDialog.dialog.outstanding': 'Maksettava nyt',
  'paymentMethodDialog.dialog.saved': 'Tallennetut maksutavat',
  'paymentMethodDialog.makeDefault': 'Aseta oletukseksi',
  'paymentMethodDialog.saving': 'Tallennetaan…',
  'paymentMethodDialog.alreadyDefault': 'Tämä on oletusmaksutapasi.',
  'paymentMethodDialog.defaultDone': (name) => `${name} on nyt oletusmaksutapasi.`,
  'paymentMethodDialog.useFor': (name) => `Käytä tilaukselle ${name}`,
  'paymentMethodDialog.alreadyUsed': (name) => `${name} käyttää jo tätä maksutapaa.`,
  'paymentMethodDialog.usedNow': (subscription, method) => `${subscription}: maksutapa on nyt ${method}.`,
  'paymentMethodDialog.pay': (amount) => `Maksa ${amount} ja aktivoi uudelleen`,
  'paymentMethodDialog.paying': 'Maksetaan…',
  'paymentMethodDialog.reactivated.title': 'Maksu vastaanotettu',
  'paymentMethodDialog.reactivated.body': (name, amount) => `${amount} maksettiin, ja ${name}-tilauksesi on taas aktiivinen.`,
  'paymentMethodDialog.reactivated.with': (method) => `Maksutapa: ${method}.`,
  'paymentMethodDialog.reactivated.renews': (date) => `Se uusiutuu ${date}.`,
  'paymentMethodDialog.reactivated.announce': (name, amount) => `${amount} maksettu. ${name}-tilauksesi on taas aktiivinen.`,
  'paymentMethodDialog.receipt': (number) => `Kuitti: lasku ${number} (PDF)`,
  'paymentMethodDialog.declined.title': 'Maksu epäonnistui.',
  'paymentMethodDialog.declined.still': (name, onHold) =>
    `${name}-tilauksesi on edelleen ${onHold ? 'pidossa' : 'erääntynyt'}. Valitse toinen maksutapa tai lisää uusi ja yritä uudelleen.`,
  'paymentMethodDialog.conflict': 'Tilaus on muuttunut välillä. Tarkista tiedot ja yritä uudelleen.',
  'paymentMethodDialog.conflictSettled': (name) => `Tilauksella ${name} ei ole mitään maksettavaa; mitään ei veloitettu.`,
  'paymentMethodDialog.remove': (name) => `Poista ${name}`,
  'paymentMethodDialog.remove.confirm': (name) => `Poistetaanko ${name}?`,
  'paymentMethodDialog.remove.moves': (names) => `${names} veloitetaan jatkossa oletusmaksutavaltasi.`,
  'paymentMethodDialog.remove.yes': 'Poista',
  'paymentMethodDialog.remove.no': 'Säilytä',
  'paymentMethodDialog.removing': 'Poistetaan…',
  'paymentMethodDialog.remove.lastNeeded':
    'Tämä on ainoa maksutapasi, ja tilauksesi tarvitsevat sellaisen, joten sitä ei voi poistaa. Lisää ensin toinen maksutapa.',
  'paymentMethodDialog.remove.refused': (message) => `Sitä ei poistettu. ${message}`,
  'paymentMethodDialog.removed': (name) => `${name} poistettiin.`,
  'paymentMethodDialog.added': (name) => `${name} lisättiin.`,
  'paymentMethodDialog.addedPayNext': (name, amount) =>
    `${name} lisättiin. Maksa sillä painamalla ”Maksa ${amount} ja aktivoi uudelleen”.`,
};

export default strings;
