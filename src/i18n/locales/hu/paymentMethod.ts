import type { NamespaceStrings } from '../../locales.js';

const sub = (n: string) => `Az Ön ${n}-előfizetése`;

const strings: NamespaceStrings<'paymentMethod'> = {
  'paymentMethod.title': 'Fizetési mód',
  'paymentMethod.signedOut': 'Jelentkezzen be a fizetési mód megtekintéséhez.',
  'paymentMethod.loading': 'Fizetési módok betöltése…',
  'paymentMethod.subscriptionNotFound': 'Ez az előfizetés nem szerepel a fiókjában.',
  'paymentMethod.edit': 'Szerkesztés',
  'paymentMethod.editDefault': 'Alapértelmezett fizetési mód szerkesztése',
  'paymentMethod.editFor': (n) => `Fizetési mód szerkesztése: ${n}`,
  'paymentMethod.noneForSubscription': (n) => `Nincs fizetési mód beállítva ehhez: ${n}.`,
  'paymentMethod.noDefault': 'Nincs alapértelmezett fizetési mód beállítva.',
  'paymentMethod.onHold': (n, a) =>
    `${sub(n)} fel van függesztve, kifizetetlen összeg: ${a}. Fizesse ki egy működő fizetési móddal az előfizetés újraaktiválásához.`,
  'paymentMethod.pastDue': (n, a) => `${sub(n)} késedelmes, kifizetetlen összeg: ${a}.`,
  'paymentMethod.empty': 'Nincs mentett fizetési módja.',
  'paymentMethod.addFirst': 'Fizetési mód hozzáadása',
  'paymentMethod.opening': 'A biztonságos oldal megnyitása…',
  'paymentMethod.leaving': 'Fizetési szolgáltatónk biztonságos oldalának megnyitása…',
  'paymentMethod.card': 'Kártya',
  'paymentMethod.bankAccount': 'Bankszámla',
  'paymentMethod.endingIn': (n, l) => `${n} (végződés: ${l})`,
  'paymentMethod.expires': (x) => `Lejárat: ${x}`,
  'paymentMethod.expiredOn': (x) => `Lejárt: ${x}`,
  'paymentMethod.expiredNote': 'Ez a kártya lejárt. Válasszon vagy adjon hozzá másik fizetési módot.',
  'paymentMethod.expiresSoonNote': 'Ez a kártya 30 napon belül lejár. Addig adjon hozzá új kártyát.',
  'paymentMethod.type.us_bank_account': 'ACH csoportos beszedés (amerikai bankszámla)',
  'paymentMethod.type.au_becs_debit': 'BECS csoportos beszedés (Ausztrália)',
  'paymentMethod.type.sepa_debit': 'SEPA csoportos beszedés',
  'paymentMethod.type.bacs_debit': 'Bacs csoportos beszedés (Egyesült Királyság)',
  'paymentMethod.type.acss_debit': 'Előre engedélyezett terhelés (Kanada)',
  'paymentMethod.type.boleto': 'Boleto',
  'paymentMethod.account': (p) => `${p}-fiók`,
  'paymentMethod.taxId': (l) => `Adószám (végződés: ${l})`,
  'paymentMethod.flag.expired': 'Lejárt',
  'paymentMethod.flag.expiresSoon': 'Hamarosan lejár',
  'paymentMethod.addedMissing': 'A hozzáadott fizetési mód nem található. Töltse be újra az oldalt, vagy adja hozzá ismét.',
};

export default strings;
