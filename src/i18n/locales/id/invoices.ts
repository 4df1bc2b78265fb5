import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

type Status = 'paid' | 'open' | 'void' | 'uncollectible';
const which: Record<Status, string> = {
  paid: 'yang lunas',
  open: 'yang terbuka',
  void: 'yang dibatalkan',
  uncollectible: 'yang tidak tertagih',
};
const invoices = (count: number) => plural('id', count, { other: '# faktur' });
const more = (hasMore: boolean) => (hasMore ? ', masih ada lagi' : '');

const strings: NamespaceStrings<'invoices'> = {
  'invoices.title': 'Faktur',
  'invoices.caption': 'Riwayat faktur',
  'invoices.column.number': 'Nomor',
  'invoices.column.date': 'Tanggal',
  'invoices.column.amount': 'Jumlah',
  'invoices.column.status': 'Status',
  'invoices.column.download': 'PDF faktur',
  'invoices.download': 'PDF',
  'invoices.download.label': (number) => `Unduh faktur ${number} sebagai PDF`,
  'invoices.loading': 'Memuat faktur…',
  'invoices.empty': 'Belum ada faktur. Faktur akan muncul di sini setelah Anda ditagih.',
  'invoices.more': 'Tampilkan faktur lainnya',
  'invoices.loadingMore': 'Memuat faktur lainnya…',
  'invoices.loaded': (count, hasMore) => `Menampilkan ${invoices(count)}${more(hasMore)}.`,
  'invoices.signedOut': 'Masuk untuk melihat faktur Anda.',
  'invoices.status.draft': 'Draf',
  'invoices.status.open': 'Terbuka',
  'invoices.status.paid': 'Lunas',
  'invoices.status.void': 'Dibatalkan',
  'invoices.status.uncollectible': 'Tidak tertagih',
  'invoices.column.description': 'Deskripsi',
  'invoices.column.actions': 'Tindakan',
  'invoices.pay': 'Bayar',
  'invoices.pay.label': (number, amount) => `Bayar faktur ${number}, terutang ${amount}`,
  'invoices.filter': 'Status',
  'invoices.filter.all': 'Semua',
  'invoices.filtered': (status, count, hasMore) => `Menampilkan ${invoices(count)} ${which[status] ?? status}${more(hasMore)}.`,
  'invoices.filterEmpty': (status) => `Tidak ada faktur ${which[status] ?? status}.`,
  'invoices.window': (first, last) => `Menampilkan faktur ${first}–${last}`,
  'invoices.windowLoaded': (first, last, hasMore) => `Menampilkan faktur ${first}–${last}${more(hasMore)}.`,
  'invoices.newest': 'Kembali ke yang terbaru',
  'invoices.newestShown': 'Menampilkan faktur terbaru.',
  'invoices.paid': (number) => `Faktur ${number} telah dibayar.`,
};

export default strings;
