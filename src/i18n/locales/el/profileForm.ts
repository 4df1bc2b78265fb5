import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profileForm'> = {
  'profileForm.readOnly': 'Επικοινωνήστε μαζί μας για να το αλλάξετε.',
  'profileForm.contact': 'Επικοινωνία',
  'profileForm.phone': 'Τηλέφωνο (προαιρετικό)',
  'profileForm.phoneHint': 'Με τον κωδικό χώρας, π.χ. +30 21 0123 4567.',
  'profileForm.addressHint': 'Αφήστε όλα τα πεδία κενά για να αφαιρέσετε αυτή τη διεύθυνση.',
  'profileForm.shippingName': 'Παραλήπτης',
  'profileForm.shippingPhone': 'Τηλέφωνο παραλήπτη (προαιρετικό)',
  'profileForm.line1': 'Διεύθυνση',
  'profileForm.line2': 'Διαμέρισμα, γραφείο, όροφος (προαιρετικό)',
  'profileForm.city': 'Πόλη',
  'profileForm.state': 'Νομός, περιφέρεια ή πολιτεία (προαιρετικό)',
  'profileForm.postalCode': 'Ταχυδρομικός κώδικας',
  'profileForm.country': 'Χώρα',
  'profileForm.chooseCountry': 'Επιλέξτε χώρα',
  'profileForm.taxIds.hint': 'Εμφανίζονται στα τιμολόγιά σας.',
  'profileForm.taxIds.none': 'Κανένας φορολογικός αριθμός.',
  'profileForm.taxId': (n) => `Φορολογικός αριθμός ${n}`,
  'profileForm.taxType': 'Τύπος',
  'profileForm.taxValue': 'Αριθμός',
  'profileForm.taxExample': (example) => `Π.χ. ${example}.`,
  'profileForm.taxAdd': 'Προσθήκη φορολογικού αριθμού',
  'profileForm.taxRemove': 'Αφαίρεση',
  'profileForm.taxRemoved': (n) => `Ο φορολογικός αριθμός ${n} αφαιρέθηκε. Αποθηκεύστε για να διατηρηθεί η αλλαγή.`,
  'profileForm.save': 'Αποθήκευση',
  'profileForm.saving': 'Αποθήκευση…',
  'profileForm.cancel': 'Ακύρωση',
  'profileForm.unchanged': 'Δεν άλλαξε τίποτα, οπότε δεν υπήρχε κάτι για αποθήκευση.',
  'profileForm.required': (label) => `Το πεδίο «${label}» είναι υποχρεωτικό.`,
  'profileForm.invalidEmail': 'Εισαγάγετε μια διεύθυνση email, π.χ. name@example.com.',
  'profileForm.invalidField': (label, detail) => `${label}: ${detail}.`,
  'profileForm.checkFields': (count) =>
    `${plural('el', count, { one: 'Ένα πεδίο χρειάζεται', other: '# πεδία χρειάζονται' })} την προσοχή σας. Δεν αποθηκεύτηκε τίποτα.`,
  'profileForm.notSaved': 'Οι αλλαγές σας δεν αποθηκεύτηκαν.',
};

export default strings;
