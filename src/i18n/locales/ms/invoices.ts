import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

type Status = 'paid' | 'open' | 'void' | 'uncollectible';
const which: Record<Status, string> = {
  paid: 'yang dibayar',
  open: 'yang terbuka',
  void: 'yang dibatalkan',
  uncollectible: 'yang tidak boleh dikutip',
};
const invoices = (count: number) => plural('ms', count, { other: '# invois' });
const more = (hasMore: boolean) => (hasMore ? ', ada lagi' : '');

const strings: NamespaceStrings<'invoices'> = {
  'invoices.title': 'Invois',
  'invoices.caption': 'Sejarah invois',
  'invoices.column.number': 'Nombor',
  'invoices.column.date': 'Tarikh',
  'invoices.column.amount': 'Jumlah',
  'invoices.column.status': 'Status',
  'invoices.column.download': 'PDF invois',
  'invoices.download': 'PDF',
  'invoices.download.label': (number) => `Muat turun invois ${number} sebagai PDF`,
  'invoices.loading': 'Memuatkan invois…',
  'invoices.empty': 'Belum ada invois. Invois akan dipaparkan di sini selepas anda dibilkan.',
  'invoices.more': 'Tunjukkan lebih banyak invois',
  'invoices.loadingMore': 'Memuatkan lebih banyak invois…',
  'invoices.loaded': (count, hasMore) => `Memaparkan ${invoices(count)}${more(hasMore)}.`,
  'invoices.signedOut': 'Log masuk untuk melihat invois anda.',
  'invoices.status.draft': 'Draf',
  'invoices.status.open': 'Terbuka',
  'invoices.status.paid': 'Dibayar',
  'invoices.status.void': 'Dibatalkan',
  'invoices.status.uncollectible': 'Tidak boleh dikutip',
  'invoices.column.description': 'Penerangan',
  'invoices.column.actions': 'Tindakan',
  'invoices.pay': 'Bayar',
  'invoices.pay.label': (number, amount) => `Bayar invois ${number}, ${amount} perlu dibayar`,
  'invoices.filter': 'Status',
  'invoices.filter.all': 'Semua',
  'invoices.filtered': (status, count, hasMore) => `Memaparkan ${invoices(count)} ${which[status] ?? status}${more(hasMore)}.`,
  'invoices.filterEmpty': (status) => `Tiada invois ${which[status] ?? status}.`,
  'invoices.window': (first, last) => `Memaparkan invois ${first}–${last}`,
  'invoices.windowLoaded': (first, last, hasMore) => `Memaparkan invois ${first}–${last}${more(hasMore)}.`,
  'invoices.newest': 'Kembali ke yang terbaharu',
  'invoices.newestShown': 'Memaparkan invois terbaharu.',
  'invoices.paid': (number) => `Invois ${number} telah dibayar.`,
};

export default strings;
