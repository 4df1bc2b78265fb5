import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profile'> = {
  'profile.title': 'הפרטים שלכם',
  'profile.loading': 'טוענים את הפרטים שלכם…',
  'profile.signedOut': 'התחברו כדי לראות את הפרטים שלכם.',
  'profile.allReadOnly': 'אי אפשר לשנות כאן את הפרטים שלכם. כדי לעדכן אותם, צרו איתנו קשר.',
  'profile.edit': 'עריכת הפרטים',
  'profile.notProvided': 'לא צוין',
  'profile.name': 'שם',
  'profile.email': 'אימייל',
  'profile.phone': 'טלפון',
  'profile.billing': 'כתובת לחיוב',
  'profile.shipping': 'כתובת למשלוח',
  'profile.taxIds': 'מספרי מס',
  'profile.taxType.eu_vat': 'מספר מע״מ באיחוד האירופי',
  'profile.taxType.gb_vat': 'מספר מע״מ בבריטניה',
  'profile.taxType.us_ein': 'EIN בארה״ב',
  'profile.taxType.au_abn': 'ABN באוסטרליה',
  'profile.taxType.ca_bn': 'BN בקנדה',
  'profile.taxType.ca_gst_hst': 'מספר GST/HST בקנדה',
  'profile.taxType.ch_vat': 'מספר מע״מ בשווייץ',
  'profile.taxType.no_vat': 'מספר מע״מ בנורווגיה',
  'profile.taxType.nz_gst': 'מספר GST בניו זילנד',
  'profile.taxType.in_gst': 'מספר GST בהודו',
  'profile.taxType.za_vat': 'מספר מע״מ בדרום אפריקה',
  'profile.taxType.ae_trn': 'TRN באיחוד האמירויות',
  'profile.taxType.jp_cn': 'מספר תאגיד ביפן',
  'profile.taxType.sg_gst': 'מספר GST בסינגפור',
  'profile.saved': 'נשמר.',
};

export default strings;
