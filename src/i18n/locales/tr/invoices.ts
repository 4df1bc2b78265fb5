import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

type Status = 'paid' | 'open' | 'void' | 'uncollectible';
const adjective: Record<Status, string> = { paid: 'ödenmiş', open: 'açık', void: 'geçersiz', uncollectible: 'tahsil edilemeyen' };
const more = (hasMore: boolean) => (hasMore ? ', daha fazlası var' : '');

const strings: NamespaceStrings<'invoices'> = {
  'invoices.title': 'Faturalar',
  'invoices.caption': 'Fatura geçmişi',
  'invoices.column.number': 'Numara',
  'invoices.column.date': 'Tarih',
  'invoices.column.amount': 'Tutar',
  'invoices.column.status': 'Durum',
  'invoices.column.download': 'Fatura PDF’i',
  'invoices.download': 'PDF',
  'invoices.download.label': (number) => `${number} numaralı faturayı PDF olarak indir`,
  'invoices.loading': 'Faturalar yükleniyor…',
  'invoices.empty': 'Henüz fatura yok. Sizden ilk ödeme alındığında burada görünür.',
  'invoices.more': 'Daha fazla fatura göster',
  'invoices.loadingMore': 'Daha fazla fatura yükleniyor…',
  'invoices.loaded': (count, hasMore) =>
    `${plural('tr', count, { one: 'Bir fatura', other: '# fatura' })} gösteriliyor${more(hasMore)}.`,
  'invoices.signedOut': 'Faturalarınızı görmek için giriş yapın.',
  'invoices.status.draft': 'Taslak',
  'invoices.status.open': 'Açık',
  'invoices.status.paid': 'Ödendi',
  'invoices.status.void': 'Geçersiz',
  'invoices.status.uncollectible': 'Tahsil edilemez',
  'invoices.column.description': 'Açıklama',
  'invoices.column.actions': 'İşlemler',
  'invoices.pay': 'Öde',
  'invoices.pay.label': (number, amount) => `${number} numaralı faturayı öde, ödenecek tutar ${amount}`,
  'invoices.filter': 'Durum',
  'invoices.filter.all': 'Tümü',
  'invoices.filtered': (status, count, hasMore) => {
    const a = adjective[status] ?? status;
    return `${plural('tr', count, { one: `Bir ${a} fatura`, other: `# ${a} fatura` })} gösteriliyor${more(hasMore)}.`;
  },
  'invoices.filterEmpty': (status) => `Hiç ${adjective[status] ?? status} fatura yok.`,
  'invoices.window': (first, last) => `${first}–${last} arası faturalar gösteriliyor`,
  'invoices.windowLoaded': (first, last, hasMore) => `${first}–${last} arası faturalar gösteriliyor${more(hasMore)}.`,
  'invoices.newest': 'En yenilere dön',
  'invoices.newestShown': 'En yeni faturalar gösteriliyor.',
  'invoices.paid': (number) => `${number} numaralı fatura ödendi.`,
};

export default strings;
