import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const status = { paid: '결제 완료', open: '미결제', void: '무효', uncollectible: '회수 불가' } as const;
const more = (hasMore: boolean) => (hasMore ? '(더 있음)' : '');

const strings: NamespaceStrings<'invoices'> = {
  'invoices.title': '인보이스',
  'invoices.caption': '인보이스 내역',
  'invoices.column.number': '번호',
  'invoices.column.date': '날짜',
  'invoices.column.amount': '금액',
  'invoices.column.status': '상태',
  'invoices.column.download': '인보이스 PDF',
  'invoices.download': 'PDF',
  'invoices.download.label': (number) => `인보이스 ${number} PDF 다운로드`,
  'invoices.loading': '인보이스를 불러오는 중…',
  'invoices.empty': '아직 인보이스가 없습니다. 청구가 발생하면 여기에 표시됩니다.',
  'invoices.more': '인보이스 더 보기',
  'invoices.loadingMore': '인보이스를 더 불러오는 중…',
  'invoices.loaded': (count, hasMore) => `인보이스 ${plural('ko', count, { other: '#개' })} 표시됨${more(hasMore)}.`,
  'invoices.signedOut': '로그인하여 인보이스를 확인하세요.',
  'invoices.status.draft': '초안',
  'invoices.status.open': status.open,
  'invoices.status.paid': status.paid,
  'invoices.status.void': status.void,
  'invoices.status.uncollectible': status.uncollectible,
  'invoices.column.description': '설명',
  'invoices.column.actions': '작업',
  'invoices.pay': '결제',
  'invoices.pay.label': (number, amount) => `인보이스 ${number} 결제(결제할 금액 ${amount})`,
  'invoices.filter': '상태',
  'invoices.filter.all': '전체',
  'invoices.filtered': (s, count, hasMore) =>
    `${status[s] ?? s} 인보이스 ${plural('ko', count, { other: '#개' })} 표시됨${more(hasMore)}.`,
  'invoices.filterEmpty': (s) => `${status[s] ?? s} 인보이스가 없습니다.`,
  'invoices.window': (first, last) => `인보이스 ${first}–${last} 표시 중`,
  'invoices.windowLoaded': (first, last, hasMore) => `인보이스 ${first}–${last} 표시 중${more(hasMore)}.`,
  'invoices.newest': '최신 항목으로 돌아가기',
  'invoices.newestShown': '최신 인보이스를 표시하고 있습니다.',
  'invoices.paid': (number) => `인보이스 ${number} 결제가 완료되었습니다.`,
};

export default strings;
