import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profileForm'> = {
  'profileForm.readOnly': 'כדי לשנות את זה, צרו איתנו קשר.',
  'profileForm.contact': 'פרטי קשר',
  'profileForm.phone': 'טלפון (לא חובה)',
  'profileForm.phoneHint': 'כולל קידומת המדינה, למשל ‎+1 415 555 0132.',
  'profileForm.addressHint': 'כדי להסיר את הכתובת, השאירו את כל השדות ריקים.',
  'profileForm.shippingName': 'נמען',
  'profileForm.shippingPhone': 'טלפון הנמען (לא חובה)',
  'profileForm.line1': 'כתובת',
  'profileForm.line2': 'דירה, כניסה, קומה (לא חובה)',
  'profileForm.city': 'עיר',
  'profileForm.state': 'מחוז או אזור (לא חובה)',
  'profileForm.postalCode': 'מיקוד',
  'profileForm.country': 'מדינה',
  'profileForm.chooseCountry': 'בחירת מדינה',
  'profileForm.taxIds.hint': 'מוצגים בחשבוניות שלכם.',
  'profileForm.taxIds.none': 'אין מספרי מס.',
  'profileForm.taxId': (n) => `מספר מס ${n}`,
  'profileForm.taxType': 'סוג',
  'profileForm.taxValue': 'מספר',
  'profileForm.taxExample': (example) => `למשל ${example}.`,
  'profileForm.taxAdd': 'הוספת מספר מס',
  'profileForm.taxRemove': 'הסרה',
  'profileForm.taxRemoved': (n) => `מספר מס ${n} הוסר. שמרו כדי להחיל את השינוי.`,
  'profileForm.save': 'שמירה',
  'profileForm.saving': 'שומרים…',
  'profileForm.cancel': 'ביטול',
  'profileForm.unchanged': 'לא היו שינויים, ולכן אין מה לשמור.',
  'profileForm.required': (label) => `השדה “${label}” הוא שדה חובה.`,
  'profileForm.invalidEmail': 'יש להזין כתובת אימייל כמו name@example.com.',
  'profileForm.invalidField': (label, detail) => `${label}: ${detail}.`,
  'profileForm.checkFields': (count) =>
    `${plural('he', count, { one: 'שדה אחד דורש', two: 'שני שדות דורשים', other: '# שדות דורשים' })} את תשומת לבכם. שום דבר לא נשמר.`,
  'profileForm.notSaved': 'השינויים לא נשמרו.',
};

export default strings;
