import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profile'> = {
  'profile.title': 'Τα στοιχεία σας',
  'profile.loading': 'Φόρτωση των στοιχείων σας…',
  'profile.signedOut': 'Συνδεθείτε για να δείτε τα στοιχεία σας.',
  'profile.allReadOnly': 'Τα στοιχεία σας δεν μπορούν να αλλάξουν εδώ. Επικοινωνήστε μαζί μας για να τα ενημερώσετε.',
  'profile.edit': 'Επεξεργασία στοιχείων',
  'profile.notProvided': 'Δεν έχει δοθεί',
  'profile.name': 'Όνομα',
  'profile.email': 'Διεύθυνση email',
  'profile.phone': 'Τηλέφωνο',
  'profile.billing': 'Διεύθυνση χρέωσης',
  'profile.shipping': 'Διεύθυνση αποστολής',
  'profile.taxIds': 'Φορολογικοί αριθμοί',
  'profile.taxType.eu_vat': 'Αριθμός ΦΠΑ ΕΕ',
  'profile.taxType.gb_vat': 'Αριθμός ΦΠΑ Ηνωμένου Βασιλείου',
  'profile.taxType.us_ein': 'EIN ΗΠΑ',
  'profile.taxType.au_abn': 'ABN Αυστραλίας',
  'profile.taxType.ca_bn': 'BN Καναδά',
  'profile.taxType.ca_gst_hst': 'Αριθμός GST/HST Καναδά',
  'profile.taxType.ch_vat': 'Αριθμός ΦΠΑ Ελβετίας',
  'profile.taxType.no_vat': 'Αριθμός ΦΠΑ Νορβηγίας',
  'profile.taxType.nz_gst': 'Αριθμός GST Νέας Ζηλανδίας',
  'profile.taxType.in_gst': 'Αριθμός GST Ινδίας',
  'profile.taxType.za_vat': 'Αριθμός ΦΠΑ Νότιας Αφρικής',
  'profile.taxType.ae_trn': 'TRN ΗΑΕ',
  'profile.taxType.jp_cn': 'Εταιρικός αριθμός Ιαπωνίας',
  'profile.taxType.sg_gst': 'Αριθμός GST Σιγκαπούρης',
  'profile.saved': 'Αποθηκεύτηκε.',
};

export default strings;
