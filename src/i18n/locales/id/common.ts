import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'common'> = {
  'session.warning': 'Demi keamanan Anda, sesi Anda akan berakhir dalam sekitar satu menit kecuali Anda tetap masuk.',
  'session.warningFinal': 'Demi keamanan Anda, sesi Anda akan berakhir dalam sekitar satu menit. Setelah itu, masuk lagi untuk melanjutkan.',
  'session.stay': 'Tetap masuk',
  'session.offline': 'Anda tidak terhubung ke internet. Tindakan penagihan dijeda sampai koneksi Anda pulih.',
  'session.expired.title': 'Sesi Anda telah berakhir',
  'session.expired.body': 'Demi keamanan Anda, Anda telah dikeluarkan setelah tidak aktif selama beberapa waktu.',
  'session.loggedOut.title': 'Anda telah keluar',
  'session.loggedOut.body': 'Detail penagihan Anda tidak lagi ditampilkan di halaman ini.',
  'session.invalidLink.title': 'Tautan masuk ini tidak dapat digunakan',
  'session.invalidLink.body': 'Tautan sudah kedaluwarsa atau sudah digunakan. Masukkan email Anda dan kami akan mengirimkan tautan baru.',
  'session.signingIn': 'Sedang masuk…',
  'session.return': (business) => `Kembali ke ${business}`,
  'session.returnGeneric': 'Kembali ke situs',
  'session.renewFailed': 'Kami tidak dapat memperpanjang sesi Anda. Masuk lagi untuk melanjutkan.',
  'login.title': 'Masuk untuk mengelola penagihan Anda',
  'login.intro': 'Masukkan email yang Anda gunakan saat pembelian. Kami akan mengirimkan tautan aman untuk masuk melalui email.',
  'login.email': 'Alamat email',
  'login.submit': 'Kirimi saya tautan masuk',
  'login.sending': 'Mengirim…',
  'login.invalidEmail': 'Masukkan alamat email seperti name@example.com.',
  'login.sent.title': 'Periksa kotak masuk Anda',
  'login.sent.body': (email) =>
    `Jika ${email} terdaftar pada sebuah akun, tautan masuk sedang dikirim. Tautan hanya berlaku sekali dan kedaluwarsa dalam 24 jam.`,
  'login.again': 'Gunakan email lain',
  'login.rateLimited': (minutes) =>
    minutes <= 1
      ? 'Terlalu banyak percobaan. Coba lagi dalam satu menit.'
      : `Terlalu banyak percobaan. Coba lagi dalam ${plural('id', minutes, { other: '# menit' })}.`,
  'error.network': 'Kami tidak dapat terhubung ke layanan penagihan. Periksa koneksi Anda dan coba lagi.',
  'error.expired': 'Sesi Anda telah kedaluwarsa. Masuk lagi untuk melanjutkan.',
  'error.unauthenticated': 'Anda belum masuk.',
  'error.malformed': 'Layanan penagihan mengirimkan sesuatu yang tidak dapat kami baca. Coba lagi sebentar lagi.',
  'error.server': 'Terjadi kesalahan di pihak kami. Coba lagi sebentar lagi.',
  'error.rate_limited': 'Terlalu banyak percobaan. Tunggu sebentar, lalu coba lagi.',
  'error.generic': 'Terjadi kesalahan. Coba lagi.',
  'error.offline': 'Anda tidak terhubung ke internet. Tindakan penagihan dijeda sampai koneksi Anda pulih.',
  'error.timeout': 'Layanan penagihan terlalu lama merespons. Periksa koneksi Anda dan coba lagi.',
  'action.retry': 'Coba lagi',
  'app.nav': 'Bagian penagihan',
  'app.section.subscriptions': 'Langganan',
  'app.section.paymentMethods': 'Metode pembayaran',
  'app.section.invoices': 'Faktur',
  'app.section.profile': 'Detail akun',
  'app.section.licenseKeys': 'Kunci lisensi',
  'app.return': (business) => `Kembali ke ${business}`,
  'app.privacy': 'Kebijakan privasi',
  'app.terms': 'Ketentuan layanan',
  'app.poweredBy': 'Portal penagihan yang aman',
  'app.signOut': 'Keluar',
};

export default strings;
