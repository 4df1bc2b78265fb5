import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'licenseKeys'> = {
  'licenseKeys.title': '许可证密钥',
  'licenseKeys.loading': '正在加载许可证密钥…',
  'licenseKeys.signedOut': '登录后即可查看您的许可证密钥。',
  'licenseKeys.empty': '您没有许可证密钥。',
  'licenseKeys.disabled': '此处不提供许可证密钥。',
  'licenseKeys.status.active': '有效',
  'licenseKeys.status.disabled': '已停用',
  'licenseKeys.status.expired': '已过期',
  'licenseKeys.key': '密钥',
  'licenseKeys.masked': (last4) => `已隐藏，尾号为${last4}`,
  'licenseKeys.show': '显示密钥',
  'licenseKeys.copy': '复制',
  'licenseKeys.copied': (product) => `已复制${product}的许可证密钥。`,
  'licenseKeys.copyFailed': '无法复制密钥。密钥现已显示：请选中后自行复制。',
  'licenseKeys.activations': '激活次数',
  'licenseKeys.activationsOf': (used, limit) => `已使用${used}/${limit}`,
  'licenseKeys.activationsUnlimited': (used) => `已使用${used}，无限制`,
  'licenseKeys.expires': '到期时间',
  'licenseKeys.expired': '已过期',
  'licenseKeys.never': '永不',
};

export default strings;
