import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profile'> = {
  'profile.title': 'Az Ön adatai',
  'profile.loading': 'Adatok betöltése…',
  'profile.signedOut': 'Jelentkezzen be az adatai megtekintéséhez.',
  'profile.allReadOnly': 'Az adatai itt nem módosíthatók. A frissítésükhöz lépjen kapcsolatba velünk.',
  'profile.edit': 'Adatok szerkesztése',
  'profile.notProvided': 'Nincs megadva',
  'profile.name': 'Név',
  'profile.email': 'E-mail-cím',
  'profile.phone': 'Telefonszám',
  'profile.billing': 'Számlázási cím',
  'profile.shipping': 'Szállítási cím',
  'profile.taxIds': 'Adószámok',
  'profile.taxType.eu_vat': 'Közösségi adószám (EU)',
  'profile.taxType.gb_vat': 'Áfaszám (Egyesült Királyság)',
  'profile.taxType.us_ein': 'EIN (USA)',
  'profile.taxType.au_abn': 'ABN (Ausztrália)',
  'profile.taxType.ca_bn': 'BN (Kanada)',
  'profile.taxType.ca_gst_hst': 'GST/HST-szám (Kanada)',
  'profile.taxType.ch_vat': 'Áfaszám (Svájc)',
  'profile.taxType.no_vat': 'Áfaszám (Norvégia)',
  'profile.taxType.nz_gst': 'GST-szám (Új-Zéland)',
  'profile.taxType.in_gst': 'GST-szám (India)',
  'profile.taxType.za_vat': 'Áfaszám (Dél-Afrika)',
  'profile.taxType.ae_trn': 'TRN (Egyesült Arab Emírségek)',
  'profile.taxType.jp_cn': 'Cégszám (Japán)',
  'profile.taxType.sg_gst': 'GST-szám (Szingapúr)',
  'profile.saved': 'Mentve.',
};

export default strings;
