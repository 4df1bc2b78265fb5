import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'email'> = {
  'email.login.subject': (business) => `رابط تسجيل الدخول إلى ${business}`,
  'email.login.body': (name, business, url, hours) =>
    `مرحبًا ${name}،\n\nاستخدم هذا الرابط لإدارة الفوترة لدى ${business}:\n\n${url}\n\n` +
    `يعمل الرابط مرة واحدة وتنتهي صلاحيته خلال ${plural('ar', hours, {
      one: 'ساعة واحدة',
      two: 'ساعتين',
      few: '# ساعات',
      many: '# ساعة',
      other: '# ساعة',
    })}. إذا لم تطلبه، يمكنك تجاهل هذه الرسالة.`,
  'email.paymentSucceeded.subject': (amount, invoice) => `تم استلام دفعة بقيمة ${amount} للفاتورة ${invoice}`,
  'email.paymentSucceeded.body': (name, amount, invoice, method, business) =>
    `مرحبًا ${name}،\n\nاستلمنا دفعتك بقيمة ${amount} للفاتورة ${invoice}، المدفوعة بـ ${method}. شكرًا لك.\n\n${business}`,
  'email.reactivated.subject': (product) => `اشتراكك في ${product} نشط مجددًا`,
  'email.reactivated.body': (name, product, amount, invoice, business) =>
    `مرحبًا ${name}،\n\nاشتراكك في ${product} نشط مجددًا: تم دفع المبلغ المستحق ${amount} (الفاتورة ${invoice}). ` +
    `لا يلزمك فعل أي شيء آخر.\n\n${business}`,
};

export default strings;
