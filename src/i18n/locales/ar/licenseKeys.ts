import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'licenseKeys'> = {
  'licenseKeys.title': 'مفاتيح الترخيص',
  'licenseKeys.loading': 'جارٍ تحميل مفاتيح الترخيص…',
  'licenseKeys.signedOut': 'سجّل الدخول لعرض مفاتيح الترخيص.',
  'licenseKeys.empty': 'ليس لديك مفاتيح ترخيص.',
  'licenseKeys.disabled': 'مفاتيح الترخيص غير متاحة هنا.',
  'licenseKeys.status.active': 'نشط',
  'licenseKeys.status.disabled': 'معطّل',
  'licenseKeys.status.expired': 'منتهي الصلاحية',
  'licenseKeys.key': 'المفتاح',
  'licenseKeys.masked': (last4) => `مخفي، ينتهي بـ ${last4}`,
  'licenseKeys.show': 'إظهار المفتاح',
  'licenseKeys.copy': 'نسخ',
  'licenseKeys.copied': (product) => `تم نسخ مفتاح ترخيص ${product}.`,
  'licenseKeys.copyFailed': 'تعذّر نسخ المفتاح. إنه ظاهر الآن: حدّده وانسخه بنفسك.',
  'licenseKeys.activations': 'مرات التفعيل',
  'licenseKeys.activationsOf': (used, limit) => `${used} من ${limit} مستخدمة`,
  'licenseKeys.activationsUnlimited': (used) => `${used} مستخدمة، بلا حد`,
  'licenseKeys.expires': 'ينتهي في',
  'licenseKeys.expired': 'منتهي الصلاحية',
  'licenseKeys.never': 'أبدًا',
};

export default strings;
