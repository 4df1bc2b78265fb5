import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'email'> = {
  'email.login.subject': (business) => `Ο σύνδεσμος σύνδεσης για το ${business}`,
  'email.login.body': (name, business, url, hours) =>
    `Γεια σας ${name},\n\nΧρησιμοποιήστε αυτόν τον σύνδεσμο για να διαχειριστείτε τη χρέωσή σας στο ${business}:\n\n${url}\n\n` +
    `Ο σύνδεσμος λειτουργεί μία φορά και λήγει σε ${plural('el', hours, { one: '# ώρα', other: '# ώρες' })}. Αν δεν τον ζητήσατε, μπορείτε να αγνοήσετε αυτό το email.`,
  'email.paymentSucceeded.subject': (amount, invoice) => `Λάβαμε την πληρωμή ${amount} για το τιμολόγιο ${invoice}`,
  'email.paymentSucceeded.body': (name, amount, invoice, method, business) =>
    `Γεια σας ${name},\n\nΛάβαμε την πληρωμή σας ύψους ${amount} για το τιμολόγιο ${invoice}, μέσω ${method}. Σας ευχαριστούμε.\n\n${business}`,
  'email.reactivated.subject': (product) => `Η συνδρομή σας ${product} είναι ξανά ενεργή`,
  'email.reactivated.body': (name, product, amount, invoice, business) =>
    `Γεια σας ${name},\n\nΗ συνδρομή σας ${product} είναι ξανά ενεργή: το οφειλόμενο ποσό ${amount} (τιμολόγιο ${invoice}) ` +
    `εξοφλήθηκε. Δεν χρειάζεται να κάνετε τίποτε άλλο.\n\n${business}`,
};

export default strings;
