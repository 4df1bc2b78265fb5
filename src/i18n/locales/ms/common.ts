import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'common'> = {
  'session.warning': 'Demi keselamatan anda, sesi anda akan tamat dalam kira-kira seminit melainkan anda kekal log masuk.',
  'session.warningFinal': 'Demi keselamatan anda, sesi anda akan tamat dalam kira-kira seminit. Selepas itu, log masuk semula untuk meneruskan.',
  'session.stay': 'Kekal log masuk',
  'session.offline': 'Anda di luar talian. Tindakan pengebilan dijeda sehingga sambungan anda pulih.',
  'session.expired.title': 'Sesi anda telah tamat',
  'session.expired.body': 'Demi keselamatan anda, anda telah dilog keluar selepas tempoh tidak aktif.',
  'session.loggedOut.title': 'Anda telah log keluar',
  'session.loggedOut.body': 'Butiran pengebilan anda tidak lagi dipaparkan pada halaman ini.',
  'session.invalidLink.title': 'Pautan log masuk ini tidak boleh digunakan',
  'session.invalidLink.body': 'Pautan ini telah tamat tempoh atau sudah digunakan. Masukkan e-mel anda dan kami akan menghantar pautan baharu.',
  'session.signingIn': 'Sedang log masuk…',
  'session.return': (business) => `Kembali ke ${business}`,
  'session.returnGeneric': 'Kembali ke laman web',
  'session.renewFailed': 'Kami tidak dapat memperbaharui sesi anda. Log masuk semula untuk meneruskan.',
  'login.title': 'Log masuk untuk mengurus pengebilan anda',
  'login.intro': 'Masukkan e-mel yang anda gunakan semasa pembelian. Kami akan menghantar pautan selamat untuk log masuk ke e-mel anda.',
  'login.email': 'E-mel',
  'login.submit': 'Hantar pautan log masuk kepada saya',
  'login.sending': 'Menghantar…',
  'login.invalidEmail': 'Masukkan alamat e-mel seperti name@example.com.',
  'login.sent.title': 'Semak peti masuk anda',
  'login.sent.body': (email) =>
    `Jika ${email} dimiliki oleh sebuah akaun, pautan log masuk sedang dihantar. Pautan ini berfungsi sekali sahaja dan tamat tempoh dalam 24 jam.`,
  'login.again': 'Guna e-mel lain',
  'login.rateLimited': (minutes) =>
    minutes <= 1
      ? 'Terlalu banyak cubaan. Cuba lagi dalam seminit.'
      : `Terlalu banyak cubaan. Cuba lagi dalam ${plural('ms', minutes, { other: '# minit' })}.`,
  'error.network': 'Kami tidak dapat menghubungi perkhidmatan pengebilan. Semak sambungan anda dan cuba lagi.',
  'error.expired': 'Sesi anda telah tamat tempoh. Log masuk semula untuk meneruskan.',
  'error.unauthenticated': 'Anda belum log masuk.',
  'error.malformed': 'Perkhidmatan pengebilan menghantar sesuatu yang tidak dapat kami baca. Cuba lagi sebentar lagi.',
  'error.server': 'Berlaku masalah di pihak kami. Cuba lagi sebentar lagi.',
  'error.rate_limited': 'Terlalu banyak cubaan. Tunggu sebentar dan cuba lagi.',
  'error.generic': 'Berlaku masalah. Cuba lagi.',
  'error.offline': 'Anda di luar talian. Tindakan pengebilan dijeda sehingga sambungan anda pulih.',
  'error.timeout': 'Perkhidmatan pengebilan mengambil masa terlalu lama untuk menjawab. Semak sambungan anda dan cuba lagi.',
  'action.retry': 'Cuba lagi',
  'app.nav': 'Bahagian pengebilan',
  'app.section.subscriptions': 'Langganan',
  'app.section.paymentMethods': 'Kaedah pembayaran',
  'app.section.invoices': 'Invois',
  'app.section.profile': 'Butiran akaun',
  'app.section.licenseKeys': 'Kunci lesen',
  'app.return': (business) => `Kembali ke ${business}`,
  'app.privacy': 'Dasar privasi',
  'app.terms': 'Terma perkhidmatan',
  'app.poweredBy': 'Portal pengebilan selamat',
  'app.signOut': 'Log keluar',
};

export default strings;
