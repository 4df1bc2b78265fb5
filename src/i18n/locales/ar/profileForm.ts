import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profileForm'> = {
  'profileForm.readOnly': 'تواصل معنا لتغيير هذا.',
  'profileForm.contact': 'معلومات الاتصال',
  'profileForm.phone': 'الهاتف (اختياري)',
  'profileForm.phoneHint': 'مع رمز البلد، مثل ‎+1 415 555 0132.',
  'profileForm.addressHint': 'اترك كل الحقول فارغة لإزالة هذا العنوان.',
  'profileForm.shippingName': 'المستلم',
  'profileForm.shippingPhone': 'هاتف المستلم (اختياري)',
  'profileForm.line1': 'العنوان',
  'profileForm.line2': 'الشقة أو الجناح أو الطابق (اختياري)',
  'profileForm.city': 'المدينة',
  'profileForm.state': 'الولاية أو المقاطعة أو المنطقة (اختياري)',
  'profileForm.postalCode': 'الرمز البريدي',
  'profileForm.country': 'البلد',
  'profileForm.chooseCountry': 'اختر بلدًا',
  'profileForm.taxIds.hint': 'تظهر على فواتيرك.',
  'profileForm.taxIds.none': 'لا توجد أرقام ضريبية.',
  'profileForm.taxId': (n) => `الرقم الضريبي ${n}`,
  'profileForm.taxType': 'النوع',
  'profileForm.taxValue': 'الرقم',
  'profileForm.taxExample': (example) => `مثل ${example}.`,
  'profileForm.taxAdd': 'إضافة رقم ضريبي',
  'profileForm.taxRemove': 'إزالة',
  'profileForm.taxRemoved': (n) => `تمت إزالة الرقم الضريبي ${n}. احفظ للإبقاء على التغيير.`,
  'profileForm.save': 'حفظ',
  'profileForm.saving': 'جارٍ الحفظ…',
  'profileForm.cancel': 'إلغاء',
  'profileForm.unchanged': 'لم يتغير شيء، لذا لا يوجد ما يُحفظ.',
  'profileForm.required': (label) => `${label} مطلوب.`,
  'profileForm.invalidEmail': 'أدخل عنوان بريد إلكتروني مثل name@example.com.',
  'profileForm.invalidField': (label, detail) => `${label}: ${detail}.`,
  'profileForm.checkFields': (count) =>
    `يحتاج ${plural('ar', count, { one: 'حقل واحد', two: 'حقلان', few: '# حقول', many: '# حقلًا', other: '# حقل' })} إلى مراجعتك. لم يُحفظ شيء.`,
  'profileForm.notSaved': 'لم تُحفظ تغييراتك.',
};

export default strings;
