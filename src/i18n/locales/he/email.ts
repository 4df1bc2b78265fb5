import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'email'> = {
  'email.login.subject': (business) => `קישור ההתחברות שלכם ל-${business}`,
  'email.login.body': (name, business, url, hours) =>
    `שלום ${name},\n\nהשתמשו בקישור הזה כדי לנהל את החיובים שלכם ב-${business}:\n\n${url}\n\n` +
    `הקישור תקף לשימוש אחד ויפוג בעוד ${plural('he', hours, { one: 'שעה', two: 'שעתיים', other: '# שעות' })}. ` +
    `אם לא ביקשתם אותו, אפשר להתעלם מהאימייל הזה.`,
  'email.paymentSucceeded.subject': (amount, invoice) => `התקבל תשלום של ${amount} עבור חשבונית ${invoice}`,
  'email.paymentSucceeded.body': (name, amount, invoice, method, business) =>
    `שלום ${name},\n\nקיבלנו את התשלום שלכם בסך ${amount} עבור חשבונית ${invoice}, ששולם באמצעות ${method}. תודה.\n\n${business}`,
  'email.reactivated.subject': (product) => `המינוי שלכם ל-${product} פעיל שוב`,
  'email.reactivated.body': (name, product, amount, invoice, business) =>
    `שלום ${name},\n\nהמינוי שלכם ל-${product} פעיל שוב: הסכום הפתוח בסך ${amount} (חשבונית ${invoice}) שולם. ` +
    `אין צורך בפעולה נוספת מצדכם.\n\n${business}`,
};

export default strings;
