import { plural } from '../../plural.js';
import type { PartialNamespaceStrings } from '../../locales.js';

const status = { paid: '已付款', open: '待付款', void: '已作廢', uncollectible: '無法收取' } as const;
const more = (hasMore: boolean) => (hasMore ? '，還有更多' : '');

const strings: PartialNamespaceStrings<'invoices'> = {
  'invoices.title': '帳單',
  'invoices.caption': '帳單記錄',
  'invoices.column.number': '編號',
  'invoices.column.amount': '金額',
  'invoices.column.status': '狀態',
  'invoices.column.download': '帳單 PDF',
  'invoices.download.label': (number) => `下載帳單 ${number} 的 PDF`,
  'invoices.loading': '正在載入帳單…',
  'invoices.empty': '目前沒有帳單。向您收費後，帳單會顯示在這裡。',
  'invoices.more': '顯示更多帳單',
  'invoices.loadingMore': '正在載入更多帳單…',
  'invoices.loaded': (count, hasMore) => `已顯示${plural('zh-TW', count, { other: '#張帳單' })}${more(hasMore)}。`,
  'invoices.signedOut': '登入後即可查看您的帳單。',
  'invoices.status.open': status.open,
  'invoices.status.paid': status.paid,
  'invoices.status.void': status.void,
  'invoices.status.uncollectible': status.uncollectible,
  'invoices.column.description': '說明',
  'invoices.column.actions': '動作',
  'invoices.pay': '付款',
  'invoices.pay.label': (number, amount) => `為帳單 ${number} 付款，應付${amount}`,
  'invoices.filter': '狀態',
  'invoices.filtered': (s, count, hasMore) =>
    `已顯示${plural('zh-TW', count, { other: '#張' })}${status[s] ?? s}帳單${more(hasMore)}。`,
  'invoices.filterEmpty': (s) => `沒有${status[s] ?? s}帳單。`,
  'invoices.window': (first, last) => `正在顯示第${first}–${last}張帳單`,
  'invoices.windowLoaded': (first, last, hasMore) => `正在顯示第${first}–${last}張帳單${more(hasMore)}。`,
  'invoices.newest': '回到最新',
  'invoices.newestShown': '正在顯示最新的帳單。',
  'invoices.paid': (number) => `帳單 ${number} 已付款。`,
};

export default strings;
