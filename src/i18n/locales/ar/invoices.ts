import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const status = { paid: 'مدفوعة', open: 'مستحقة', void: 'ملغاة', uncollectible: 'غير قابلة للتحصيل' } as const;
const more = (hasMore: boolean) => (hasMore ? '، وهناك المزيد' : '');
const invoices = (count: number) =>
  plural('ar', count, { one: 'فاتورة واحدة', two: 'فاتورتين', few: '# فواتير', many: '# فاتورة', other: '# فاتورة' });

const strings: NamespaceStrings<'invoices'> = {
  'invoices.title': 'الفواتير',
  'invoices.caption': 'سجل الفواتير',
  'invoices.column.number': 'الرقم',
  'invoices.column.date': 'التاريخ',
  'invoices.column.amount': 'المبلغ',
  'invoices.column.status': 'الحالة',
  'invoices.column.download': 'ملف PDF للفاتورة',
  'invoices.download': 'PDF',
  'invoices.download.label': (number) => `تنزيل الفاتورة ${number} بصيغة PDF`,
  'invoices.loading': 'جارٍ تحميل الفواتير…',
  'invoices.empty': 'لا توجد فواتير بعد. ستظهر هنا بعد أول عملية فوترة.',
  'invoices.more': 'عرض المزيد من الفواتير',
  'invoices.loadingMore': 'جارٍ تحميل المزيد من الفواتير…',
  'invoices.loaded': (count, hasMore) => `تم عرض ${invoices(count)}${more(hasMore)}.`,
  'invoices.signedOut': 'سجّل الدخول لعرض فواتيرك.',
  'invoices.status.draft': 'مسودة',
  'invoices.status.open': status.open,
  'invoices.status.paid': status.paid,
  'invoices.status.void': status.void,
  'invoices.status.uncollectible': status.uncollectible,
  'invoices.column.description': 'الوصف',
  'invoices.column.actions': 'الإجراءات',
  'invoices.pay': 'ادفع',
  'invoices.pay.label': (number, amount) => `ادفع الفاتورة ${number}، المبلغ المستحق ${amount}`,
  'invoices.filter': 'الحالة',
  'invoices.filter.all': 'الكل',
  'invoices.filtered': (s, count, hasMore) => `تم عرض ${invoices(count)} بحالة «${status[s] ?? s}»${more(hasMore)}.`,
  'invoices.filterEmpty': (s) => `لا توجد فواتير بحالة «${status[s] ?? s}».`,
  'invoices.window': (first, last) => `عرض الفواتير ${first}–${last}`,
  'invoices.windowLoaded': (first, last, hasMore) => `عرض الفواتير ${first}–${last}${more(hasMore)}.`,
  'invoices.newest': 'العودة إلى الأحدث',
  'invoices.newestShown': 'يتم عرض أحدث الفواتير.',
  'invoices.paid': (number) => `تم دفع الفاتورة ${number}.`,
};

export default strings;
