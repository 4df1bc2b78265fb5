import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profileForm'> = {
  'profileForm.readOnly': 'Hubungi kami untuk mengubah ini.',
  'profileForm.contact': 'Kontak',
  'profileForm.phone': 'Telepon (opsional)',
  'profileForm.phoneHint': 'Dengan kode negara, seperti +62 21 555 0132.',
  'profileForm.addressHint': 'Kosongkan semua kolom untuk menghapus alamat ini.',
  'profileForm.shippingName': 'Penerima',
  'profileForm.shippingPhone': 'Telepon penerima (opsional)',
  'profileForm.line1': 'Alamat',
  'profileForm.line2': 'Apartemen, unit, lantai (opsional)',
  'profileForm.city': 'Kota',
  'profileForm.state': 'Provinsi, negara bagian, atau wilayah (opsional)',
  'profileForm.postalCode': 'Kode pos',
  'profileForm.country': 'Negara',
  'profileForm.chooseCountry': 'Pilih negara',
  'profileForm.taxIds.hint': 'Ditampilkan pada faktur Anda.',
  'profileForm.taxIds.none': 'Tidak ada ID pajak.',
  'profileForm.taxId': (n) => `ID pajak ${n}`,
  'profileForm.taxType': 'Jenis',
  'profileForm.taxValue': 'Nomor',
  'profileForm.taxExample': (example) => `Contoh: ${example}.`,
  'profileForm.taxAdd': 'Tambahkan ID pajak',
  'profileForm.taxRemove': 'Hapus',
  'profileForm.taxRemoved': (n) => `ID pajak ${n} dihapus. Simpan untuk mempertahankan perubahan.`,
  'profileForm.save': 'Simpan',
  'profileForm.saving': 'Menyimpan…',
  'profileForm.cancel': 'Batal',
  'profileForm.unchanged': 'Tidak ada yang berubah, jadi tidak ada yang perlu disimpan.',
  'profileForm.required': (label) => `${label} wajib diisi.`,
  'profileForm.invalidEmail': 'Masukkan alamat email seperti name@example.com.',
  'profileForm.invalidField': (label, detail) => `${label}: ${detail}.`,
  'profileForm.checkFields': (count) =>
    `${plural('id', count, { other: '# kolom' })} perlu Anda periksa. Tidak ada yang disimpan.`,
  'profileForm.notSaved': 'Perubahan Anda tidak disimpan.',
};

export default strings;
