import type { PartialNamespaceStrings } from '../../locales.js';

const strings: PartialNamespaceStrings<'paymentMethod'> = {
  'paymentMethod.subscriptionNotFound': '您的賬戶中沒有此訂閱。',
  'paymentMethod.leaving': '正在開啟我們付款服務供應商的安全頁面…',
  'paymentMethod.card': '卡',
  'paymentMethod.bankAccount': '銀行賬戶',
  'paymentMethod.endingIn': (name, last4) => `尾數為${last4}的${name}`,
  'paymentMethod.expiredNote': '此卡已過期。請選擇或新增其他付款方式。',
  'paymentMethod.expiresSoonNote': '此卡將在 30 天內過期。請在過期前新增新的卡。',
  'paymentMethod.type.us_bank_account': 'ACH 直接扣賬（美國銀行賬戶）',
  'paymentMethod.type.au_becs_debit': 'BECS 直接扣賬（澳洲）',
  'paymentMethod.type.sepa_debit': 'SEPA 直接扣賬',
  'paymentMethod.type.bacs_debit': 'Bacs 直接扣賬（英國）',
  'paymentMethod.account': (provider) => `${provider} 賬戶`,
  'paymentMethod.taxId': (last4) => `尾數為${last4}的稅務編號`,
  'paymentMethod.addedMissing': '找不到您新增的付款方式。請重新載入頁面，或再新增一次。',
};

export default strings;
