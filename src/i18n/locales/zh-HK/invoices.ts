import { plural } from '../../plural.js';
import type { PartialNamespaceStrings } from '../../locales.js';

const status = { paid: '已付款', open: '待付款', void: '已作廢', uncollectible: '無法收取' } as const;
const more = (hasMore: boolean) => (hasMore ? '，還有更多' : '');

const strings: PartialNamespaceStrings<'invoices'> = {
  'invoices.title': '賬單',
  'invoices.caption': '賬單紀錄',
  'invoices.column.download': '賬單 PDF',
  'invoices.download.label': (number) => `下載賬單 ${number} 的 PDF`,
  'invoices.loading': '正在載入賬單…',
  'invoices.empty': '目前沒有賬單。向您收費後，賬單會顯示在這裡。',
  'invoices.more': '顯示更多賬單',
  'invoices.loadingMore': '正在載入更多賬單…',
  'invoices.loaded': (count, hasMore) => `已顯示${plural('zh-HK', count, { other: '#張賬單' })}${more(hasMore)}。`,
  'invoices.signedOut': '登入後即可查看您的賬單。',
  'invoices.pay.label': (number, amount) => `為賬單 ${number} 付款，應付${amount}`,
  'invoices.filtered': (s, count, hasMore) =>
    `已顯示${plural('zh-HK', count, { other: '#張' })}${status[s] ?? s}賬單${more(hasMore)}。`,
  'invoices.filterEmpty': (s) => `沒有${status[s] ?? s}賬單。`,
  'invoices.window': (first, last) => `正在顯示第${first}–${last}張賬單`,
  'invoices.windowLoaded': (first, last, hasMore) => `正在顯示第${first}–${last}張賬單${more(hasMore)}。`,
  'invoices.newestShown': '正在顯示最新的賬單。',
  'invoices.paid': (number) => `賬單 ${number} 已付款。`,
};

export default strings;
