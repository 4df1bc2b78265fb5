import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profile'> = {
  'profile.title': '您的信息',
  'profile.loading': '正在加载您的信息…',
  'profile.signedOut': '登录后即可查看您的信息。',
  'profile.allReadOnly': '您的信息无法在此更改。如需更新，请联系我们。',
  'profile.edit': '编辑信息',
  'profile.notProvided': '未提供',
  'profile.name': '姓名',
  'profile.email': '邮箱',
  'profile.phone': '电话',
  'profile.billing': '账单地址',
  'profile.shipping': '收货地址',
  'profile.taxIds': '税号',
  'profile.taxType.eu_vat': '欧盟增值税号',
  'profile.taxType.gb_vat': '英国增值税号',
  'profile.taxType.us_ein': '美国 EIN',
  'profile.taxType.au_abn': '澳大利亚 ABN',
  'profile.taxType.ca_bn': '加拿大 BN',
  'profile.taxType.ca_gst_hst': '加拿大 GST/HST 税号',
  'profile.taxType.ch_vat': '瑞士增值税号',
  'profile.taxType.no_vat': '挪威增值税号',
  'profile.taxType.nz_gst': '新西兰 GST 税号',
  'profile.taxType.in_gst': '印度 GST 税号',
  'profile.taxType.za_vat': '南非增值税号',
  'profile.taxType.ae_trn': '阿联酋 TRN',
  'profile.taxType.jp_cn': '日本法人编号',
  'profile.taxType.sg_gst': '新加坡 GST 税号',
  'profile.saved': '已保存。',
};

export default strings;
