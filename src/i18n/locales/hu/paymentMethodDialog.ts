import type { NamespaceStrings } from '../../locales.js';

const sub = (n: string) => `Az Ön ${n}-előfizetése`;

const strings: NamespaceStrings<'paymentMethodDialog'> = {
  'paymentMethodDialog.add': 'Új fizetési mód hozzáadása',
  'paymentMethodDialog.addHint': 'Az adatokat fizetési szolgáltatónk biztonságos oldalán adja meg, majd visszatér ide.',
  'paymentMethodDialog.flag.default': 'Alapértelmezett',
  'paymentMethodDialog.flag.current': 'Jelenlegi',
  'paymentMethodDialog.usedBy': (n) => `Használatban: ${n}`,
  'paymentMethodDialog.close': 'Bezárás',
  'paymentMethodDialog.cancel': 'Mégse',
  'paymentMethodDialog.done': 'Kész',
  'paymentMethodDialog.dialog.title': 'Fizetési módjai',
  'paymentMethodDialog.dialog.subscriptionTitle': (n) => `Fizetési mód: ${n}`,
  'paymentMethodDialog.dialog.reactivateTitle': (n) => `${n} újraaktiválása`,
  'paymentMethodDialog.dialog.onHoldIntro': (n) =>
    `${sub(n)} sikertelen fizetés miatt fel van függesztve. Válasszon fizetési módot: erről terheljük le az esedékes összeget, és az előfizetés újraindul.`,
  'paymentMethodDialog.dialog.pastDueIntro': (n) =>
    `${sub(n)} egyik fizetése sikertelen volt. Válasszon fizetési módot: erről terheljük le az esedékes összeget.`,
  'paymentMethodDialog.dialog.outstanding': 'Most esedékes összeg',
  'paymentMethodDialog.dialog.saved': 'Mentett fizetési módok',
  'paymentMethodDialog.makeDefault': 'Beállítás alapértelmezettként',
  'paymentMethodDialog.saving': 'Mentés…',
  'paymentMethodDialog.alreadyDefault': 'Ez az alapértelmezett fizetési módja.',
  'paymentMethodDialog.defaultDone': (n) => `Mostantól ez az alapértelmezett fizetési módja: ${n}.`,
  'paymentMethodDialog.useFor': (n) => `Használat ehhez: ${n}`,
  'paymentMethodDialog.alreadyUsed': (n) => `${n} már ezt a fizetési módot használja.`,
  'paymentMethodDialog.usedNow': (s, m) => `${s} fizetési módja mostantól: ${m}.`,
  'paymentMethodDialog.pay': (a) => `${a} kifizetése és újraaktiválás`,
  'paymentMethodDialog.paying': 'Fizetés…',
  'paymentMethodDialog.reactivated.title': 'A fizetés beérkezett',
  'paymentMethodDialog.reactivated.body': (n, a) => `${a} kifizetve, és az Ön ${n}-előfizetése újra aktív.`,
  'paymentMethodDialog.reactivated.with': (m) => `Fizetési mód: ${m}.`,
  'paymentMethodDialog.reactivated.renews': (d) => `Megújul: ${d}.`,
  'paymentMethodDialog.reactivated.announce': (n, a) => `${a} kifizetve. ${sub(n)} újra aktív.`,
  'paymentMethodDialog.receipt': (n) => `Nyugta: ${n} számú számla (PDF)`,
  'paymentMethodDialog.declined.title': 'A fizetés nem sikerült.',
  'paymentMethodDialog.declined.still': (n, h) =>
    `${sub(n)} továbbra is ${h ? 'fel van függesztve' : 'késedelmes'}. Válasszon másik fizetési módot, vagy adjon hozzá újat, és próbálja újra.`,
  'paymentMethodDialog.conflict': 'Az előfizetés időközben megváltozott. Ellenőrizze az adatokat, és próbálja újra.',
  'paymentMethodDialog.conflictSettled': (n) => `${n}: nincs több fizetendő összeg, nem történt terhelés.`,
  'paymentMethodDialog.remove': (n) => `${n} eltávolítása`,
  'paymentMethodDialog.remove.confirm': (n) => `Eltávolítja: ${n}?`,
  'paymentMethodDialog.remove.moves': (n) => `Ezek díját mostantól az alapértelmezett fizetési módjáról terheljük: ${n}.`,
  'paymentMethodDialog.remove.yes': 'Eltávolítás',
  'paymentMethodDialog.remove.no': 'Megtartás',
  'paymentMethodDialog.removing': 'Eltávolítás…',
  'paymentMethodDialog.remove.lastNeeded':
    'Ez az egyetlen fizetési módja, és az előfizetéseihez szükség van rá, ezért nem távolítható el. Előbb adjon hozzá egy másikat.',
  'paymentMethodDialog.remove.refused': (m) => `Nem sikerült eltávolítani. ${m}`,
  'paymentMethodDialog.removed': (n) => `Eltávolítva: ${n}.`,
  'paymentMethodDialog.added': (n) => `Hozzáadva: ${n}.`,
  'paymentMethodDialog.addedPayNext': (n, a) => `Hozzáadva: ${n}. A fizetéshez nyomja meg ezt a gombot: „${a} kifizetése és újraaktiválás”.`,
};

export default strings;
