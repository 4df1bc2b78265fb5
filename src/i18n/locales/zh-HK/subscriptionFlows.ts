import type { PartialNamespaceStrings } from '../../locales.js';

const strings: PartialNamespaceStrings<'subscriptionFlows'> = {
  'subscriptions.cancel.why': '取消原因（可選）',
  'subscriptions.cancel.comment': '其他意見（可選）',
  'subscriptions.reason.customer_service': '客戶服務不如預期',
  'subscriptions.reason.low_quality': '質素不如預期',
  'subscriptions.offer.coupon.until': (a, b) => `繼續訂閱，${b}前每張賬單折抵${a}，其他不變。`,
  'subscriptions.offer.coupon.forever': (a) => `繼續訂閱，每張賬單折抵${a}，其他不變。`,
  'subscriptions.canceled.credit': (a) => `未使用期間折算的${a}餘額已存入賬戶。`,
  'subscriptions.change.promotionCode': '優惠碼（可選）',
  'subscriptions.change.review': '查看變更',
  'subscriptions.preview.title': '查看變更',
  'subscriptions.preview.next': (a) => `下一張賬單（${a}）`,
  'subscriptions.preview.discountNext': (a, b) => `下一張賬單將折抵${b}（${a}）。`,
  'subscriptions.changed.charged': (a, b) => `已收取${a}（賬單 ${b}）。`,
  'subscriptions.pause.resumedHint': '訂閱將保持暫停，直到您按「恢復」。',
};

export default strings;
