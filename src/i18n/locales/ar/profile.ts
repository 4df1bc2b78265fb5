import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profile'> = {
  'profile.title': 'بياناتك',
  'profile.loading': 'جارٍ تحميل بياناتك…',
  'profile.signedOut': 'سجّل الدخول لعرض بياناتك.',
  'profile.allReadOnly': 'لا يمكن تغيير بياناتك هنا. تواصل معنا لتحديثها.',
  'profile.edit': 'تعديل البيانات',
  'profile.notProvided': 'غير متوفر',
  'profile.name': 'الاسم',
  'profile.email': 'البريد الإلكتروني',
  'profile.phone': 'الهاتف',
  'profile.billing': 'عنوان الفوترة',
  'profile.shipping': 'عنوان الشحن',
  'profile.taxIds': 'الأرقام الضريبية',
  'profile.taxType.eu_vat': 'رقم ضريبة القيمة المضافة (الاتحاد الأوروبي)',
  'profile.taxType.gb_vat': 'رقم ضريبة القيمة المضافة (المملكة المتحدة)',
  'profile.taxType.us_ein': 'EIN (الولايات المتحدة)',
  'profile.taxType.au_abn': 'ABN (أستراليا)',
  'profile.taxType.ca_bn': 'BN (كندا)',
  'profile.taxType.ca_gst_hst': 'رقم GST/HST (كندا)',
  'profile.taxType.ch_vat': 'رقم ضريبة القيمة المضافة (سويسرا)',
  'profile.taxType.no_vat': 'رقم ضريبة القيمة المضافة (النرويج)',
  'profile.taxType.nz_gst': 'رقم GST (نيوزيلندا)',
  'profile.taxType.in_gst': 'رقم GST (الهند)',
  'profile.taxType.za_vat': 'رقم ضريبة القيمة المضافة (جنوب أفريقيا)',
  'profile.taxType.ae_trn': 'TRN (الإمارات)',
  'profile.taxType.jp_cn': 'رقم الشركة (اليابان)',
  'profile.taxType.sg_gst': 'رقم GST (سنغافورة)',
  'profile.saved': 'تم الحفظ.',
};

export default strings;
