import type { PartialNamespaceStrings } from '../../locales.js';

const strings: PartialNamespaceStrings<'licenseKeys'> = {
  'licenseKeys.title': '授權金鑰',
  'licenseKeys.loading': '正在載入授權金鑰…',
  'licenseKeys.signedOut': '登入後即可查看您的授權金鑰。',
  'licenseKeys.empty': '您沒有授權金鑰。',
  'licenseKeys.disabled': '此處不提供授權金鑰。',
  'licenseKeys.status.expired': '已過期',
  'licenseKeys.key': '金鑰',
  'licenseKeys.masked': (last4) => `已隱藏，末四碼為${last4}`,
  'licenseKeys.show': '顯示金鑰',
  'licenseKeys.copy': '複製',
  'licenseKeys.copied': (product) => `已複製${product}的授權金鑰。`,
  'licenseKeys.copyFailed': '無法複製金鑰。金鑰現已顯示：請選取後自行複製。',
  'licenseKeys.activations': '啟用次數',
  'licenseKeys.activationsUnlimited': (used) => `已使用${used}，無上限`,
  'licenseKeys.expires': '到期日',
  'licenseKeys.expired': '已過期',
};

export default strings;
