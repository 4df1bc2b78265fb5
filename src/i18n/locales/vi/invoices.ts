import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

type Status = 'paid' | 'open' | 'void' | 'uncollectible';
const which: Record<Status, string> = {
  paid: 'đã thanh toán',
  open: 'chưa thanh toán',
  void: 'đã vô hiệu',
  uncollectible: 'không thể thu',
};
const invoices = (count: number) => plural('vi', count, { other: '# hóa đơn' });
const more = (hasMore: boolean) => (hasMore ? ', còn nữa' : '');

const strings: NamespaceStrings<'invoices'> = {
  'invoices.title': 'Hóa đơn',
  'invoices.caption': 'Lịch sử hóa đơn',
  'invoices.column.number': 'Số',
  'invoices.column.date': 'Ngày',
  'invoices.column.amount': 'Số tiền',
  'invoices.column.status': 'Trạng thái',
  'invoices.column.download': 'PDF hóa đơn',
  'invoices.download': 'PDF',
  'invoices.download.label': (number) => `Tải hóa đơn ${number} dưới dạng PDF`,
  'invoices.loading': 'Đang tải hóa đơn…',
  'invoices.empty': 'Chưa có hóa đơn nào. Hóa đơn sẽ xuất hiện ở đây sau lần tính phí đầu tiên.',
  'invoices.more': 'Hiển thị thêm hóa đơn',
  'invoices.loadingMore': 'Đang tải thêm hóa đơn…',
  'invoices.loaded': (count, hasMore) => `Đang hiển thị ${invoices(count)}${more(hasMore)}.`,
  'invoices.signedOut': 'Đăng nhập để xem hóa đơn của bạn.',
  'invoices.status.draft': 'Bản nháp',
  'invoices.status.open': 'Chưa thanh toán',
  'invoices.status.paid': 'Đã thanh toán',
  'invoices.status.void': 'Đã vô hiệu',
  'invoices.status.uncollectible': 'Không thể thu',
  'invoices.column.description': 'Mô tả',
  'invoices.column.actions': 'Thao tác',
  'invoices.pay': 'Thanh toán',
  'invoices.pay.label': (number, amount) => `Thanh toán hóa đơn ${number}, cần trả ${amount}`,
  'invoices.filter': 'Trạng thái',
  'invoices.filter.all': 'Tất cả',
  'invoices.filtered': (status, count, hasMore) => `Đang hiển thị ${invoices(count)} ${which[status] ?? status}${more(hasMore)}.`,
  'invoices.filterEmpty': (status) => `Không có hóa đơn ${which[status] ?? status}.`,
  'invoices.window': (first, last) => `Đang hiển thị hóa đơn ${first}–${last}`,
  'invoices.windowLoaded': (first, last, hasMore) => `Đang hiển thị hóa đơn ${first}–${last}${more(hasMore)}.`,
  'invoices.newest': 'Quay lại mới nhất',
  'invoices.newestShown': 'Đang hiển thị các hóa đơn mới nhất.',
  'invoices.paid': (number) => `Đã thanh toán hóa đơn ${number}.`,
};

export default strings;
