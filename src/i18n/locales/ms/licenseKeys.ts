import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'licenseKeys'> = {
  'licenseKeys.title': 'Kunci lesen',
  'licenseKeys.loading': 'Memuatkan kunci lesen…',
  'licenseKeys.signedOut': 'Log masuk untuk melihat kunci lesen anda.',
  'licenseKeys.empty': 'Anda tiada kunci lesen.',
  'licenseKeys.disabled': 'Kunci lesen tidak tersedia di sini.',
  'licenseKeys.status.active': 'Aktif',
  'licenseKeys.status.disabled': 'Dinyahdayakan',
  'licenseKeys.status.expired': 'Tamat tempoh',
  'licenseKeys.key': 'Kunci',
  'licenseKeys.masked': (last4) => `Tersembunyi, berakhir dengan ${last4}`,
  'licenseKeys.show': 'Tunjukkan kunci',
  'licenseKeys.copy': 'Salin',
  'licenseKeys.copied': (product) => `Kunci lesen ${product} telah disalin.`,
  'licenseKeys.copyFailed': 'Kami tidak dapat menyalin kunci. Kunci kini dipaparkan: pilih dan salin sendiri.',
  'licenseKeys.activations': 'Pengaktifan',
  'licenseKeys.activationsOf': (used, limit) => `${used} daripada ${limit} digunakan`,
  'licenseKeys.activationsUnlimited': (used) => `${used} digunakan, tiada had`,
  'licenseKeys.expires': 'Tamat tempoh',
  'licenseKeys.expired': 'Telah tamat tempoh',
  'licenseKeys.never': 'Tidak pernah',
};

export default strings;
