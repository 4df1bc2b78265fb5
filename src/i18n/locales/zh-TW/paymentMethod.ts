import type { PartialNamespaceStrings } from '../../locales.js';

const strings: PartialNamespaceStrings<'paymentMethod'> = {
  'paymentMethod.title': '付款方式',
  'paymentMethod.signedOut': '登入後即可查看您的付款方式。',
  'paymentMethod.loading': '正在載入付款方式…',
  'paymentMethod.subscriptionNotFound': '您的帳戶中沒有此訂閱。',
  'paymentMethod.edit': '編輯',
  'paymentMethod.editDefault': '編輯預設付款方式',
  'paymentMethod.editFor': (name) => `編輯${name}的付款方式`,
  'paymentMethod.noneForSubscription': (name) => `${name}尚未設定付款方式。`,
  'paymentMethod.noDefault': '尚未設定預設付款方式。',
  'paymentMethod.onHold': (name, amount) =>
    `您的${name}訂閱已擱置：${amount}尚未支付。請使用有效的付款方式支付，以重新啟用訂閱。`,
  'paymentMethod.pastDue': (name, amount) => `您的${name}訂閱已逾期：${amount}尚未支付。`,
  'paymentMethod.empty': '您沒有已儲存的付款方式。',
  'paymentMethod.addFirst': '新增付款方式',
  'paymentMethod.opening': '正在開啟安全頁面…',
  'paymentMethod.leaving': '正在開啟我們金流服務商的安全頁面…',
  'paymentMethod.card': '卡片',
  'paymentMethod.bankAccount': '銀行帳戶',
  'paymentMethod.endingIn': (name, last4) => `末四碼為${last4}的${name}`,
  'paymentMethod.expiredOn': (expiry) => `已於${expiry}過期`,
  'paymentMethod.expiredNote': '此卡片已過期。請選擇或新增其他付款方式。',
  'paymentMethod.expiresSoonNote': '此卡片將在 30 天內過期。請在過期前新增新的卡片。',
  'paymentMethod.type.us_bank_account': 'ACH 直接扣款（美國銀行帳戶）',
  'paymentMethod.type.au_becs_debit': 'BECS 直接扣款（澳洲）',
  'paymentMethod.type.sepa_debit': 'SEPA 直接扣款',
  'paymentMethod.type.bacs_debit': 'Bacs 直接扣款（英國）',
  'paymentMethod.type.acss_debit': '預先授權扣款（加拿大）',
  'paymentMethod.account': (provider) => `${provider} 帳戶`,
  'paymentMethod.taxId': (last4) => `末四碼為${last4}的稅務編號`,
  'paymentMethod.flag.expired': '已過期',
  'paymentMethod.flag.expiresSoon': '即將過期',
  'paymentMethod.addedMissing': '找不到您新增的付款方式。請重新整理頁面，或再新增一次。',
};

export default strings;
