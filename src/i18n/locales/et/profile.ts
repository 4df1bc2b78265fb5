import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profile'> = {
  'profile.title': 'Teie andmed',
  'profile.loading': 'Andmete laadimine…',
  'profile.signedOut': 'Logige sisse, et näha oma andmeid.',
  'profile.allReadOnly': 'Teie andmeid ei saa siin muuta. Nende uuendamiseks võtke meiega ühendust.',
  'profile.edit': 'Muuda andmeid',
  'profile.notProvided': 'Pole määratud',
  'profile.name': 'Nimi',
  'profile.email': 'E-post',
  'profile.phone': 'Telefon',
  'profile.billing': 'Arveldusaadress',
  'profile.shipping': 'Tarneaadress',
  'profile.taxIds': 'Maksukoodid',
  'profile.taxType.eu_vat': 'Käibemaksunumber (EL)',
  'profile.taxType.gb_vat': 'Käibemaksunumber (Ühendkuningriik)',
  'profile.taxType.us_ein': 'EIN (USA)',
  'profile.taxType.au_abn': 'ABN (Austraalia)',
  'profile.taxType.ca_bn': 'BN (Kanada)',
  'profile.taxType.ca_gst_hst': 'GST/HST number (Kanada)',
  'profile.taxType.ch_vat': 'Käibemaksunumber (Šveits)',
  'profile.taxType.no_vat': 'Käibemaksunumber (Norra)',
  'profile.taxType.nz_gst': 'GST number (Uus-Meremaa)',
  'profile.taxType.in_gst': 'GST number (India)',
  'profile.taxType.za_vat': 'Käibemaksunumber (Lõuna-Aafrika)',
  'profile.taxType.ae_trn': 'TRN (Araabia Ühendemiraadid)',
  'profile.taxType.jp_cn': 'Ettevõtte number (Jaapan)',
  'profile.taxType.sg_gst': 'GST number (Singapur)',
  'profile.saved': 'Salvestatud.',
};

export default strings;
