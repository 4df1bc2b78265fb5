import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const status = { paid: '已支付', open: '待支付', void: '已作废', uncollectible: '无法收回' } as const;
const more = (hasMore: boolean) => (hasMore ? '，还有更多' : '');

const strings: NamespaceStrings<'invoices'> = {
  'invoices.title': '账单',
  'invoices.caption': '账单历史记录',
  'invoices.column.number': '编号',
  'invoices.column.date': '日期',
  'invoices.column.amount': '金额',
  'invoices.column.status': '状态',
  'invoices.column.download': '账单 PDF',
  'invoices.download': 'PDF',
  'invoices.download.label': (number) => `下载账单 ${number} 的 PDF`,
  'invoices.loading': '正在加载账单…',
  'invoices.empty': '暂无账单。向您收费后，账单会显示在这里。',
  'invoices.more': '显示更多账单',
  'invoices.loadingMore': '正在加载更多账单…',
  'invoices.loaded': (count, hasMore) => `已显示${plural('zh', count, { other: '#张账单' })}${more(hasMore)}。`,
  'invoices.signedOut': '登录后即可查看您的账单。',
  'invoices.status.draft': '草稿',
  'invoices.status.open': status.open,
  'invoices.status.paid': status.paid,
  'invoices.status.void': status.void,
  'invoices.status.uncollectible': status.uncollectible,
  'invoices.column.description': '描述',
  'invoices.column.actions': '操作',
  'invoices.pay': '支付',
  'invoices.pay.label': (number, amount) => `支付账单 ${number}，应付${amount}`,
  'invoices.filter': '状态',
  'invoices.filter.all': '全部',
  'invoices.filtered': (s, count, hasMore) =>
    `已显示${plural('zh', count, { other: '#张' })}${status[s] ?? s}账单${more(hasMore)}。`,
  'invoices.filterEmpty': (s) => `没有${status[s] ?? s}账单。`,
  'invoices.window': (first, last) => `正在显示第${first}–${last}张账单`,
  'invoices.windowLoaded': (first, last, hasMore) => `正在显示第${first}–${last}张账单${more(hasMore)}。`,
  'invoices.newest': '返回最新',
  'invoices.newestShown': '正在显示最新的账单。',
  'invoices.paid': (number) => `账单 ${number} 已支付。`,
};

export default strings;
