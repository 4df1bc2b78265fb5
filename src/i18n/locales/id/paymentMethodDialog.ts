import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'paymentMethodDialog'> = {
  'paymentMethodDialog.add': 'Tambahkan metode pembayaran baru',
  'paymentMethodDialog.addHint': 'Anda akan memasukkan detailnya di halaman aman penyedia pembayaran kami, lalu kembali ke sini.',
  'paymentMethodDialog.flag.default': 'Utama',
  'paymentMethodDialog.flag.current': 'Saat ini',
  'paymentMethodDialog.usedBy': (names) => `Membayar ${names}`,
  'paymentMethodDialog.close': 'Tutup',
  'paymentMethodDialog.cancel': 'Batal',
  'paymentMethodDialog.done': 'Selesai',
  'paymentMethodDialog.dialog.title': 'Metode pembayaran Anda',
  'paymentMethodDialog.dialog.subscriptionTitle': (name) => `Metode pembayaran untuk ${name}`,
  'paymentMethodDialog.dialog.reactivateTitle': (name) => `Aktifkan kembali ${name}`,
  'paymentMethodDialog.dialog.onHoldIntro': (name) =>
    `Langganan ${name} Anda ditahan karena pembayaran gagal. Pilih metode pembayaran: jumlah terutang akan ditagihkan ke metode tersebut dan langganan dimulai kembali.`,
  'paymentMethodDialog.dialog.pastDueIntro': (name) =>
    `Pembayaran untuk langganan ${name} Anda gagal. Pilih metode pembayaran: jumlah terutang akan ditagihkan ke metode tersebut.`,
  'paymentMethodDialog.dialog.outstanding': 'Jumlah terutang sekarang',
  'paymentMethodDialog.dialog.saved': 'Metode pembayaran tersimpan',
  'paymentMethodDialog.makeDefault': 'Jadikan utama',
  'paymentMethodDialog.saving': 'Menyimpan…',
  'paymentMethodDialog.alreadyDefault': 'Ini metode pembayaran utama Anda.',
  'paymentMethodDialog.defaultDone': (name) => `${name} kini menjadi metode pembayaran utama Anda.`,
  'paymentMethodDialog.useFor': (name) => `Gunakan untuk ${name}`,
  'paymentMethodDialog.alreadyUsed': (name) => `${name} sudah menggunakan metode pembayaran ini.`,
  'paymentMethodDialog.usedNow': (subscription, method) => `${subscription} kini dibayar dengan ${method}.`,
  'paymentMethodDialog.pay': (amount) => `Bayar ${amount} dan aktifkan kembali`,
  'paymentMethodDialog.paying': 'Membayar…',
  'paymentMethodDialog.reactivated.title': 'Pembayaran diterima',
  'paymentMethodDialog.reactivated.body': (name, amount) => `${amount} telah dibayar dan langganan ${name} Anda aktif kembali.`,
  'paymentMethodDialog.reactivated.with': (method) => `Dibayar dengan ${method}.`,
  'paymentMethodDialog.reactivated.renews': (date) => `Diperpanjang pada ${date}.`,
  'paymentMethodDialog.reactivated.announce': (name, amount) => `${amount} dibayar. Langganan ${name} Anda aktif kembali.`,
  'paymentMethodDialog.receipt': (number) => `Tanda terima: faktur ${number} (PDF)`,
  'paymentMethodDialog.declined.title': 'Pembayaran tidak berhasil.',
  'paymentMethodDialog.declined.still': (name, onHold) =>
    `Langganan ${name} Anda masih ${onHold ? 'ditahan' : 'lewat jatuh tempo'}. Pilih metode pembayaran lain, atau tambahkan yang baru, lalu coba lagi.`,
  'paymentMethodDialog.conflict': 'Langganan ini telah berubah sementara itu. Periksa detailnya dan coba lagi.',
  'paymentMethodDialog.conflictSettled': (name) => `${name} tidak memiliki tagihan tersisa; tidak ada yang ditagih.`,
  'paymentMethodDialog.remove': (name) => `Hapus ${name}`,
  'paymentMethodDialog.remove.confirm': (name) => `Hapus ${name}?`,
  'paymentMethodDialog.remove.moves': (names) => `${names} akan ditagihkan ke metode pembayaran utama Anda.`,
  'paymentMethodDialog.remove.yes': 'Hapus',
  'paymentMethodDialog.remove.no': 'Pertahankan',
  'paymentMethodDialog.removing': 'Menghapus…',
  'paymentMethodDialog.remove.lastNeeded':
    'Ini satu-satunya metode pembayaran Anda dan langganan Anda membutuhkannya, jadi tidak dapat dihapus. Tambahkan metode pembayaran lain terlebih dahulu.',
  'paymentMethodDialog.remove.refused': (message) => `Tidak dihapus. ${message}`,
  'paymentMethodDialog.removed': (name) => `${name} telah dihapus.`,
  'paymentMethodDialog.added': (name) => `${name} telah ditambahkan.`,
  'paymentMethodDialog.addedPayNext': (name, amount) =>
    `${name} telah ditambahkan. Tekan “Bayar ${amount} dan aktifkan kembali” untuk membayar dengannya.`,
};

export default strings;
