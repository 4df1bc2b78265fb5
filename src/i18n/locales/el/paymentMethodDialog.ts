import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'paymentMethodDialog'> = {
  'paymentMethodDialog.add': 'Προσθήκη νέου τρόπου πληρωμής',
  'paymentMethodDialog.addHint': 'Θα εισαγάγετε τα στοιχεία στην ασφαλή σελίδα του παρόχου πληρωμών μας και μετά θα επιστρέψετε εδώ.',
  'paymentMethodDialog.flag.default': 'Προεπιλογή',
  'paymentMethodDialog.flag.current': 'Τρέχων',
  'paymentMethodDialog.usedBy': (names) => `Χρησιμοποιείται για ${names}`,
  'paymentMethodDialog.close': 'Κλείσιμο',
  'paymentMethodDialog.cancel': 'Ακύρωση',
  'paymentMethodDialog.done': 'Τέλος',
  'paymentMethodDialog.dialog.title': 'Οι τρόποι πληρωμής σας',
  'paymentMethodDialog.dialog.subscriptionTitle': (name) => `Τρόπος πληρωμής για ${name}`,
  'paymentMethodDialog.dialog.reactivateTitle': (name) => `Επανενεργοποίηση ${name}`,
  'paymentMethodDialog.dialog.onHoldIntro': (name) =>
    `Η συνδρομή σας ${name} είναι σε αναμονή επειδή απέτυχε μια πληρωμή. Επιλέξτε τρόπο πληρωμής: θα χρεωθεί με το οφειλόμενο ποσό και η συνδρομή θα ξεκινήσει ξανά.`,
  'paymentMethodDialog.dialog.pastDueIntro': (name) =>
    `Μια πληρωμή για τη συνδρομή σας ${name} απέτυχε. Επιλέξτε τρόπο πληρωμής: θα χρεωθεί με το οφειλόμενο ποσό.`,
  'paymentMethodDialog.dialog.outstanding': 'Οφειλόμενο ποσό τώρα',
  'paymentMethodDialog.dialog.saved': 'Αποθηκευμένοι τρόποι πληρωμής',
  'paymentMethodDialog.makeDefault': 'Ορισμός ως προεπιλογή',
  'paymentMethodDialog.saving': 'Αποθήκευση…',
  'paymentMethodDialog.alreadyDefault': 'Αυτός είναι ο προεπιλεγμένος τρόπος πληρωμής σας.',
  'paymentMethodDialog.defaultDone': (name) => `Νέος προεπιλεγμένος τρόπος πληρωμής: ${name}.`,
  'paymentMethodDialog.useFor': (name) => `Χρήση για ${name}`,
  'paymentMethodDialog.alreadyUsed': (name) => `Η συνδρομή ${name} χρησιμοποιεί ήδη αυτόν τον τρόπο πληρωμής.`,
  'paymentMethodDialog.usedNow': (subscription, method) => `Η συνδρομή ${subscription} πληρώνεται πλέον με ${method}.`,
  'paymentMethodDialog.pay': (amount) => `Πληρωμή ${amount} και επανενεργοποίηση`,
  'paymentMethodDialog.paying': 'Πληρωμή…',
  'paymentMethodDialog.reactivated.title': 'Η πληρωμή ελήφθη',
  'paymentMethodDialog.reactivated.body': (name, amount) => `Πληρώθηκαν ${amount} και η συνδρομή σας ${name} είναι ξανά ενεργή.`,
  'paymentMethodDialog.reactivated.with': (method) => `Πληρώθηκε με ${method}.`,
  'paymentMethodDialog.reactivated.renews': (date) => `Ανανεώνεται στις ${date}.`,
  'paymentMethodDialog.reactivated.announce': (name, amount) => `Πληρώθηκαν ${amount}. Η συνδρομή σας ${name} είναι ξανά ενεργή.`,
  'paymentMethodDialog.receipt': (number) => `Απόδειξη: τιμολόγιο ${number} (PDF)`,
  'paymentMethodDialog.declined.title': 'Η πληρωμή δεν ολοκληρώθηκε.',
  'paymentMethodDialog.declined.still': (name, onHold) =>
    `Η συνδρομή σας ${name} είναι ακόμη ${onHold ? 'σε αναμονή' : 'ληξιπρόθεσμη'}. Επιλέξτε άλλον τρόπο πληρωμής ή προσθέστε νέο και δοκιμάστε ξανά.`,
  'paymentMethodDialog.conflict': 'Αυτή η συνδρομή άλλαξε στο μεταξύ. Ελέγξτε τα στοιχεία και δοκιμάστε ξανά.',
  'paymentMethodDialog.conflictSettled': (name) => `Η συνδρομή ${name} δεν έχει πλέον οφειλή· δεν έγινε καμία χρέωση.`,
  'paymentMethodDialog.remove': (name) => `Αφαίρεση ${name}`,
  'paymentMethodDialog.remove.confirm': (name) => `Αφαίρεση ${name};`,
  'paymentMethodDialog.remove.moves': (names) => `Οι χρεώσεις για ${names} θα γίνονται στον προεπιλεγμένο τρόπο πληρωμής σας.`,
  'paymentMethodDialog.remove.yes': 'Αφαίρεση',
  'paymentMethodDialog.remove.no': 'Διατήρηση',
  'paymentMethodDialog.removing': 'Αφαίρεση…',
  'paymentMethodDialog.remove.lastNeeded':
    'Αυτός είναι ο μόνος τρόπος πληρωμής σας και οι συνδρομές σας χρειάζονται έναν, οπότε δεν μπορεί να αφαιρεθεί. Προσθέστε πρώτα άλλον τρόπο πληρωμής.',
  'paymentMethodDialog.remove.refused': (message) => `Δεν αφαιρέθηκε. ${message}`,
  'paymentMethodDialog.removed': (name) => `Αφαιρέθηκε: ${name}.`,
  'paymentMethodDialog.added': (name) => `Προστέθηκε: ${name}.`,
  'paymentMethodDialog.addedPayNext': (name, amount) =>
    `Προστέθηκε: ${name}. Πατήστε «Πληρωμή ${amount} και επανενεργοποίηση» για να πληρώσετε με αυτόν.`,
};

export default strings;
