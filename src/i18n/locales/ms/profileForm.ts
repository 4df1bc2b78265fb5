import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profileForm'> = {
  'profileForm.readOnly': 'Hubungi kami untuk menukar ini.',
  'profileForm.contact': 'Maklumat hubungan',
  'profileForm.phone': 'Telefon (pilihan)',
  'profileForm.phoneHint': 'Dengan kod negara, seperti +60 12 345 6789.',
  'profileForm.addressHint': 'Biarkan semua medan kosong untuk mengalih keluar alamat ini.',
  'profileForm.shippingName': 'Penerima',
  'profileForm.shippingPhone': 'Telefon penerima (pilihan)',
  'profileForm.line1': 'Alamat',
  'profileForm.line2': 'Apartmen, suite, tingkat (pilihan)',
  'profileForm.city': 'Bandar',
  'profileForm.state': 'Negeri, wilayah atau rantau (pilihan)',
  'profileForm.postalCode': 'Poskod',
  'profileForm.country': 'Negara',
  'profileForm.chooseCountry': 'Pilih negara',
  'profileForm.taxIds.hint': 'Dipaparkan pada invois anda.',
  'profileForm.taxIds.none': 'Tiada ID cukai.',
  'profileForm.taxId': (n) => `ID cukai ${n}`,
  'profileForm.taxType': 'Jenis',
  'profileForm.taxValue': 'Nombor',
  'profileForm.taxExample': (example) => `Seperti ${example}.`,
  'profileForm.taxAdd': 'Tambah ID cukai',
  'profileForm.taxRemove': 'Alih keluar',
  'profileForm.taxRemoved': (n) => `ID cukai ${n} dialih keluar. Simpan untuk mengekalkan perubahan.`,
  'profileForm.save': 'Simpan',
  'profileForm.saving': 'Menyimpan…',
  'profileForm.cancel': 'Batal',
  'profileForm.unchanged': 'Tiada apa-apa yang berubah, jadi tiada apa-apa untuk disimpan.',
  'profileForm.required': (label) => `${label} diperlukan.`,
  'profileForm.invalidEmail': 'Masukkan alamat e-mel seperti name@example.com.',
  'profileForm.invalidField': (label, detail) => `${label}: ${detail}.`,
  'profileForm.checkFields': (count) =>
    `${plural('ms', count, { other: '# medan' })} memerlukan perhatian anda. Tiada apa-apa yang disimpan.`,
  'profileForm.notSaved': 'Perubahan anda tidak disimpan.',
};

export default strings;
