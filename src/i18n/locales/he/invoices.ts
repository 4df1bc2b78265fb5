import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const status = { paid: 'שולמה', open: 'פתוחה', void: 'מבוטלת', uncollectible: 'לא ניתנת לגבייה' } as const;
const more = (hasMore: boolean) => (hasMore ? ', ויש עוד' : '');
const shown = (count: number) =>
  plural('he', count, { one: 'מוצגת חשבונית אחת', two: 'מוצגות שתי חשבוניות', other: 'מוצגות # חשבוניות' });

const strings: NamespaceStrings<'invoices'> = {
  'invoices.title': 'חשבוניות',
  'invoices.caption': 'היסטוריית חשבוניות',
  'invoices.column.number': 'מספר',
  'invoices.column.date': 'תאריך',
  'invoices.column.amount': 'סכום',
  'invoices.column.status': 'סטטוס',
  'invoices.column.download': 'PDF של החשבונית',
  'invoices.download': 'PDF',
  'invoices.download.label': (number) => `הורדת חשבונית ${number} כקובץ PDF`,
  'invoices.loading': 'טוענים חשבוניות…',
  'invoices.empty': 'אין עדיין חשבוניות. הן יופיעו כאן אחרי החיוב הראשון.',
  'invoices.more': 'הצגת חשבוניות נוספות',
  'invoices.loadingMore': 'טוענים חשבוניות נוספות…',
  'invoices.loaded': (count, hasMore) => `${shown(count)}${more(hasMore)}.`,
  'invoices.signedOut': 'התחברו כדי לראות את החשבוניות שלכם.',
  'invoices.status.draft': 'טיוטה',
  'invoices.status.open': status.open,
  'invoices.status.paid': status.paid,
  'invoices.status.void': status.void,
  'invoices.status.uncollectible': status.uncollectible,
  'invoices.column.description': 'תיאור',
  'invoices.column.actions': 'פעולות',
  'invoices.pay': 'תשלום',
  'invoices.pay.label': (number, amount) => `תשלום חשבונית ${number}, לתשלום ${amount}`,
  'invoices.filter': 'סטטוס',
  'invoices.filter.all': 'הכול',
  'invoices.filtered': (s, count, hasMore) => `${shown(count)} בסטטוס “${status[s] ?? s}”${more(hasMore)}.`,
  'invoices.filterEmpty': (s) => `אין חשבוניות בסטטוס “${status[s] ?? s}”.`,
  'invoices.window': (first, last) => `מוצגות חשבוניות ${first}–${last}`,
  'invoices.windowLoaded': (first, last, hasMore) => `מוצגות חשבוניות ${first}–${last}${more(hasMore)}.`,
  'invoices.newest': 'חזרה לחדשות ביותר',
  'invoices.newestShown': 'מוצגות החשבוניות החדשות ביותר.',
  'invoices.paid': (number) => `חשבונית ${number} שולמה.`,
};

export default strings;
