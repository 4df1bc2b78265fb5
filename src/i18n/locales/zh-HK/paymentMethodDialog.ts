import type { PartialNamespaceStrings } from '../../locales.js';

const strings: PartialNamespaceStrings<'paymentMethodDialog'> = {
  'paymentMethodDialog.addHint': '您將在我們付款服務供應商的安全頁面上輸入資料，然後返回此處。',
  'paymentMethodDialog.receipt': (number) => `收據：賬單 ${number}（PDF）`,
  'paymentMethodDialog.addedPayNext': (name, amount) => `已新增${name}。按「支付${amount}並重新啟用」即可用它付款。`,
};

export default strings;
