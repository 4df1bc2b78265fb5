import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const status = { paid: '支払い済み', open: '未払い', void: '無効', uncollectible: '回収不能' } as const;
const more = (hasMore: boolean) => (hasMore ? '（ほかにもあります）' : '');

const strings: NamespaceStrings<'invoices'> = {
  'invoices.title': '請求書',
  'invoices.caption': '請求書の履歴',
  'invoices.column.number': '番号',
  'invoices.column.date': '日付',
  'invoices.column.amount': '金額',
  'invoices.column.status': 'ステータス',
  'invoices.column.download': '請求書 PDF',
  'invoices.download': 'PDF',
  'invoices.download.label': (number) => `請求書 ${number} を PDF でダウンロード`,
  'invoices.loading': '請求書を読み込んでいます…',
  'invoices.empty': '請求書はまだありません。請求が発生すると、ここに表示されます。',
  'invoices.more': 'さらに請求書を表示',
  'invoices.loadingMore': 'さらに請求書を読み込んでいます…',
  'invoices.loaded': (count, hasMore) => `${plural('ja', count, { other: '#件の請求書' })}を表示しています${more(hasMore)}。`,
  'invoices.signedOut': '請求書を確認するにはログインしてください。',
  'invoices.status.draft': '下書き',
  'invoices.status.open': status.open,
  'invoices.status.paid': status.paid,
  'invoices.status.void': status.void,
  'invoices.status.uncollectible': status.uncollectible,
  'invoices.column.description': '説明',
  'invoices.column.actions': '操作',
  'invoices.pay': '支払う',
  'invoices.pay.label': (number, amount) => `請求書 ${number}（未払い額 ${amount}）を支払う`,
  'invoices.filter': 'ステータス',
  'invoices.filter.all': 'すべて',
  'invoices.filtered': (s, count, hasMore) =>
    `${status[s] ?? s}の請求書を${plural('ja', count, { other: '#件' })}表示しています${more(hasMore)}。`,
  'invoices.filterEmpty': (s) => `${status[s] ?? s}の請求書はありません。`,
  'invoices.window': (first, last) => `${first}〜${last}件目の請求書を表示`,
  'invoices.windowLoaded': (first, last, hasMore) => `${first}〜${last}件目の請求書を表示しています${more(hasMore)}。`,
  'invoices.newest': '最新に戻る',
  'invoices.newestShown': '最新の請求書を表示しています。',
  'invoices.paid': (number) => `請求書 ${number} の支払いが完了しました。`,
};

export default strings;
