import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'licenseKeys'> = {
  'licenseKeys.title': 'Κλειδιά άδειας χρήσης',
  'licenseKeys.loading': 'Φόρτωση κλειδιών άδειας χρήσης…',
  'licenseKeys.signedOut': 'Συνδεθείτε για να δείτε τα κλειδιά άδειας χρήσης σας.',
  'licenseKeys.empty': 'Δεν έχετε κλειδιά άδειας χρήσης.',
  'licenseKeys.disabled': 'Τα κλειδιά άδειας χρήσης δεν είναι διαθέσιμα εδώ.',
  'licenseKeys.status.active': 'Ενεργό',
  'licenseKeys.status.disabled': 'Απενεργοποιημένο',
  'licenseKeys.status.expired': 'Έληξε',
  'licenseKeys.key': 'Κλειδί',
  'licenseKeys.masked': (last4) => `Κρυφό, με κατάληξη ${last4}`,
  'licenseKeys.show': 'Εμφάνιση κλειδιού',
  'licenseKeys.copy': 'Αντιγραφή',
  'licenseKeys.copied': (product) => `Το κλειδί άδειας χρήσης για ${product} αντιγράφηκε.`,
  'licenseKeys.copyFailed': 'Δεν ήταν δυνατή η αντιγραφή του κλειδιού. Εμφανίζεται τώρα: επιλέξτε το και αντιγράψτε το μόνοι σας.',
  'licenseKeys.activations': 'Ενεργοποιήσεις',
  'licenseKeys.activationsOf': (used, limit) => `${used} από ${limit} σε χρήση`,
  'licenseKeys.activationsUnlimited': (used) => `${used} σε χρήση, χωρίς όριο`,
  'licenseKeys.expires': 'Λήξη',
  'licenseKeys.expired': 'Έληξε',
  'licenseKeys.never': 'Ποτέ',
};

export default strings;
