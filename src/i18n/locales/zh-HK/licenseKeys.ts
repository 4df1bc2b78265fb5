import type { PartialNamespaceStrings } from '../../locales.js';

const strings: PartialNamespaceStrings<'licenseKeys'> = {
  'licenseKeys.title': '授權密鑰',
  'licenseKeys.loading': '正在載入授權密鑰…',
  'licenseKeys.signedOut': '登入後即可查看您的授權密鑰。',
  'licenseKeys.empty': '您沒有授權密鑰。',
  'licenseKeys.disabled': '此處不提供授權密鑰。',
  'licenseKeys.key': '密鑰',
  'licenseKeys.masked': (last4) => `已隱藏，尾數為${last4}`,
  'licenseKeys.show': '顯示密鑰',
  'licenseKeys.copied': (product) => `已複製${product}的授權密鑰。`,
  'licenseKeys.copyFailed': '無法複製密鑰。密鑰現已顯示：請選取後自行複製。',
};

export default strings;
