import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'paymentMethodDialog'> = {
  'paymentMethodDialog.add': 'Tambah kaedah pembayaran baharu',
  'paymentMethodDialog.addHint': 'Anda akan memasukkan butiran di halaman selamat penyedia pembayaran kami, kemudian kembali ke sini.',
  'paymentMethodDialog.flag.default': 'Lalai',
  'paymentMethodDialog.flag.current': 'Semasa',
  'paymentMethodDialog.usedBy': (names) => `Membayar untuk ${names}`,
  'paymentMethodDialog.close': 'Tutup',
  'paymentMethodDialog.cancel': 'Batal',
  'paymentMethodDialog.done': 'Selesai',
  'paymentMethodDialog.dialog.title': 'Kaedah pembayaran anda',
  'paymentMethodDialog.dialog.subscriptionTitle': (name) => `Kaedah pembayaran untuk ${name}`,
  'paymentMethodDialog.dialog.reactivateTitle': (name) => `Aktifkan semula ${name}`,
  'paymentMethodDialog.dialog.onHoldIntro': (name) =>
    `Langganan ${name} anda ditahan kerana pembayaran gagal. Pilih kaedah pembayaran: jumlah tertunggak akan dicaj padanya dan langganan bermula semula.`,
  'paymentMethodDialog.dialog.pastDueIntro': (name) =>
    `Pembayaran untuk langganan ${name} anda gagal. Pilih kaedah pembayaran: jumlah tertunggak akan dicaj padanya.`,
  'paymentMethodDialog.dialog.outstanding': 'Jumlah perlu dibayar sekarang',
  'paymentMethodDialog.dialog.saved': 'Kaedah pembayaran yang disimpan',
  'paymentMethodDialog.makeDefault': 'Jadikan lalai',
  'paymentMethodDialog.saving': 'Menyimpan…',
  'paymentMethodDialog.alreadyDefault': 'Ini kaedah pembayaran lalai anda.',
  'paymentMethodDialog.defaultDone': (name) => `${name} kini kaedah pembayaran lalai anda.`,
  'paymentMethodDialog.useFor': (name) => `Guna untuk ${name}`,
  'paymentMethodDialog.alreadyUsed': (name) => `${name} sudah menggunakan kaedah pembayaran ini.`,
  'paymentMethodDialog.usedNow': (subscription, method) => `${subscription} kini dibayar dengan ${method}.`,
  'paymentMethodDialog.pay': (amount) => `Bayar ${amount} dan aktifkan semula`,
  'paymentMethodDialog.paying': 'Membayar…',
  'paymentMethodDialog.reactivated.title': 'Bayaran diterima',
  'paymentMethodDialog.reactivated.body': (name, amount) => `${amount} telah dibayar dan langganan ${name} anda aktif semula.`,
  'paymentMethodDialog.reactivated.with': (method) => `Dibayar dengan ${method}.`,
  'paymentMethodDialog.reactivated.renews': (date) => `Ia diperbaharui pada ${date}.`,
  'paymentMethodDialog.reactivated.announce': (name, amount) => `${amount} dibayar. Langganan ${name} anda aktif semula.`,
  'paymentMethodDialog.receipt': (number) => `Resit: invois ${number} (PDF)`,
  'paymentMethodDialog.declined.title': 'Pembayaran tidak berjaya.',
  'paymentMethodDialog.declined.still': (name, onHold) =>
    `Langganan ${name} anda masih ${onHold ? 'ditahan' : 'tertunggak'}. Pilih kaedah pembayaran lain, atau tambah yang baharu, dan cuba lagi.`,
  'paymentMethodDialog.conflict': 'Langganan ini telah berubah sementara itu. Semak butiran dan cuba lagi.',
  'paymentMethodDialog.conflictSettled': (name) => `${name} tiada baki untuk dibayar; tiada caj dikenakan.`,
  'paymentMethodDialog.remove': (name) => `Alih keluar ${name}`,
  'paymentMethodDialog.remove.confirm': (name) => `Alih keluar ${name}?`,
  'paymentMethodDialog.remove.moves': (names) => `${names} akan dicaj pada kaedah pembayaran lalai anda.`,
  'paymentMethodDialog.remove.yes': 'Alih keluar',
  'paymentMethodDialog.remove.no': 'Kekalkan',
  'paymentMethodDialog.removing': 'Mengalih keluar…',
  'paymentMethodDialog.remove.lastNeeded':
    'Ini satu-satunya kaedah pembayaran anda dan langganan anda memerlukannya, jadi ia tidak boleh dialih keluar. Tambah kaedah pembayaran lain dahulu.',
  'paymentMethodDialog.remove.refused': (message) => `Ia tidak dialih keluar. ${message}`,
  'paymentMethodDialog.removed': (name) => `${name} telah dialih keluar.`,
  'paymentMethodDialog.added': (name) => `${name} telah ditambah.`,
  'paymentMethodDialog.addedPayNext': (name, amount) =>
    `${name} telah ditambah. Tekan “Bayar ${amount} dan aktifkan semula” untuk membayar dengannya.`,
};

export default strings;
