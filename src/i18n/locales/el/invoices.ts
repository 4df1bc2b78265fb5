import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

type Status = 'paid' | 'open' | 'void' | 'uncollectible';
const one: Record<Status, string> = { paid: 'εξοφλημένο', open: 'ανοιχτό', void: 'άκυρο', uncollectible: 'μη εισπράξιμο' };
const many: Record<Status, string> = { paid: 'εξοφλημένα', open: 'ανοιχτά', void: 'άκυρα', uncollectible: 'μη εισπράξιμα' };
const more = (hasMore: boolean) => (hasMore ? ', υπάρχουν κι άλλα' : '');

const strings: NamespaceStrings<'invoices'> = {
  'invoices.title': 'Τιμολόγια',
  'invoices.caption': 'Ιστορικό τιμολογίων',
  'invoices.column.number': 'Αριθμός',
  'invoices.column.date': 'Ημερομηνία',
  'invoices.column.amount': 'Ποσό',
  'invoices.column.status': 'Κατάσταση',
  'invoices.column.download': 'PDF τιμολογίου',
  'invoices.download': 'PDF',
  'invoices.download.label': (number) => `Λήψη του τιμολογίου ${number} σε PDF`,
  'invoices.loading': 'Φόρτωση τιμολογίων…',
  'invoices.empty': 'Δεν υπάρχουν ακόμη τιμολόγια. Θα εμφανιστούν εδώ μόλις χρεωθείτε.',
  'invoices.more': 'Εμφάνιση περισσότερων τιμολογίων',
  'invoices.loadingMore': 'Φόρτωση περισσότερων τιμολογίων…',
  'invoices.loaded': (count, hasMore) =>
    `${plural('el', count, { one: 'Εμφανίζεται ένα τιμολόγιο', other: 'Εμφανίζονται # τιμολόγια' })}${more(hasMore)}.`,
  'invoices.signedOut': 'Συνδεθείτε για να δείτε τα τιμολόγιά σας.',
  'invoices.status.draft': 'Πρόχειρο',
  'invoices.status.open': 'Ανοιχτό',
  'invoices.status.paid': 'Εξοφλημένο',
  'invoices.status.void': 'Άκυρο',
  'invoices.status.uncollectible': 'Μη εισπράξιμο',
  'invoices.column.description': 'Περιγραφή',
  'invoices.column.actions': 'Ενέργειες',
  'invoices.pay': 'Πληρωμή',
  'invoices.pay.label': (number, amount) => `Πληρωμή τιμολογίου ${number}, οφειλόμενο ποσό ${amount}`,
  'invoices.filter': 'Κατάσταση',
  'invoices.filter.all': 'Όλα',
  'invoices.filtered': (status, count, hasMore) =>
    `${plural('el', count, { one: `Εμφανίζεται ένα ${one[status] ?? status} τιμολόγιο`, other: `Εμφανίζονται # ${many[status] ?? status} τιμολόγια` })}${more(hasMore)}.`,
  'invoices.filterEmpty': (status) => `Δεν υπάρχουν ${many[status] ?? status} τιμολόγια.`,
  'invoices.window': (first, last) => `Εμφάνιση τιμολογίων ${first}–${last}`,
  'invoices.windowLoaded': (first, last, hasMore) => `Εμφανίζονται τα τιμολόγια ${first}–${last}${more(hasMore)}.`,
  'invoices.newest': 'Επιστροφή στα πιο πρόσφατα',
  'invoices.newestShown': 'Εμφανίζονται τα πιο πρόσφατα τιμολόγια.',
  'invoices.paid': (number) => `Το τιμολόγιο ${number} εξοφλήθηκε.`,
};

export default strings;
