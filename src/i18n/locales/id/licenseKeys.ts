import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'licenseKeys'> = {
  'licenseKeys.title': 'Kunci lisensi',
  'licenseKeys.loading': 'Memuat kunci lisensi…',
  'licenseKeys.signedOut': 'Masuk untuk melihat kunci lisensi Anda.',
  'licenseKeys.empty': 'Anda tidak memiliki kunci lisensi.',
  'licenseKeys.disabled': 'Kunci lisensi tidak tersedia di sini.',
  'licenseKeys.status.active': 'Aktif',
  'licenseKeys.status.disabled': 'Dinonaktifkan',
  'licenseKeys.status.expired': 'Kedaluwarsa',
  'licenseKeys.key': 'Kunci',
  'licenseKeys.masked': (last4) => `Tersembunyi, berakhiran ${last4}`,
  'licenseKeys.show': 'Tampilkan kunci',
  'licenseKeys.copy': 'Salin',
  'licenseKeys.copied': (product) => `Kunci lisensi ${product} telah disalin.`,
  'licenseKeys.copyFailed': 'Kami tidak dapat menyalin kunci. Kunci kini ditampilkan: pilih dan salin sendiri.',
  'licenseKeys.activations': 'Aktivasi',
  'licenseKeys.activationsOf': (used, limit) => `${used} dari ${limit} terpakai`,
  'licenseKeys.activationsUnlimited': (used) => `${used} terpakai, tanpa batas`,
  'licenseKeys.expires': 'Berlaku hingga',
  'licenseKeys.expired': 'Kedaluwarsa',
  'licenseKeys.never': 'Tidak pernah',
};

export default strings;
