import type { PartialNamespaceStrings } from '../../locales.js';

const strings: PartialNamespaceStrings<'subscriptions'> = {
  'subscriptions.pm.card': '卡',
  'subscriptions.pm.bank': '銀行賬戶',
  'subscriptions.pm.endingIn': (a, b) => `尾數為${b}的${a}`,
  'subscriptions.blocked.schedule': '此訂閱依賬單排程執行，在此只能取消。',
};

export default strings;
