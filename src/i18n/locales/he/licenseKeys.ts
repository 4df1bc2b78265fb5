import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'licenseKeys'> = {
  'licenseKeys.title': 'מפתחות רישיון',
  'licenseKeys.loading': 'טוענים מפתחות רישיון…',
  'licenseKeys.signedOut': 'התחברו כדי לראות את מפתחות הרישיון שלכם.',
  'licenseKeys.empty': 'אין לכם מפתחות רישיון.',
  'licenseKeys.disabled': 'מפתחות רישיון לא זמינים כאן.',
  'licenseKeys.status.active': 'פעיל',
  'licenseKeys.status.disabled': 'מושבת',
  'licenseKeys.status.expired': 'פג תוקף',
  'licenseKeys.key': 'מפתח',
  'licenseKeys.masked': (last4) => `מוסתר, מסתיים ב-${last4}`,
  'licenseKeys.show': 'הצגת המפתח',
  'licenseKeys.copy': 'העתקה',
  'licenseKeys.copied': (product) => `מפתח הרישיון של ${product} הועתק.`,
  'licenseKeys.copyFailed': 'לא הצלחנו להעתיק את המפתח. הוא מוצג עכשיו: סמנו אותו והעתיקו בעצמכם.',
  'licenseKeys.activations': 'הפעלות',
  'licenseKeys.activationsOf': (used, limit) => `${used} מתוך ${limit} בשימוש`,
  'licenseKeys.activationsUnlimited': (used) => `${used} בשימוש, ללא הגבלה`,
  'licenseKeys.expires': 'תוקף',
  'licenseKeys.expired': 'פג תוקף',
  'licenseKeys.never': 'ללא תפוגה',
};

export default strings;
