import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profileForm'> = {
  'profileForm.readOnly': '如需更改，请联系我们。',
  'profileForm.contact': '联系方式',
  'profileForm.phone': '电话（可选）',
  'profileForm.phoneHint': '请包含国家/地区代码，例如 +1 415 555 0132。',
  'profileForm.addressHint': '将所有字段留空即可删除此地址。',
  'profileForm.shippingName': '收件人',
  'profileForm.shippingPhone': '收件人电话（可选）',
  'profileForm.line1': '地址',
  'profileForm.line2': '公寓、套房、楼层（可选）',
  'profileForm.city': '城市',
  'profileForm.state': '省/州/地区（可选）',
  'profileForm.postalCode': '邮政编码',
  'profileForm.country': '国家/地区',
  'profileForm.chooseCountry': '选择国家/地区',
  'profileForm.taxIds.hint': '显示在您的账单上。',
  'profileForm.taxIds.none': '没有税号。',
  'profileForm.taxId': (n) => `税号 ${n}`,
  'profileForm.taxType': '类型',
  'profileForm.taxValue': '号码',
  'profileForm.taxExample': (example) => `例如 ${example}。`,
  'profileForm.taxAdd': '添加税号',
  'profileForm.taxRemove': '删除',
  'profileForm.taxRemoved': (n) => `已删除税号 ${n}。请保存以使更改生效。`,
  'profileForm.save': '保存',
  'profileForm.saving': '正在保存…',
  'profileForm.cancel': '取消',
  'profileForm.unchanged': '没有任何更改，无需保存。',
  'profileForm.required': (label) => `请填写${label}。`,
  'profileForm.invalidEmail': '请输入有效的邮箱地址，例如 name@example.com。',
  'profileForm.invalidField': (label, detail) => `${label}：${detail}。`,
  'profileForm.checkFields': (count) => `有${plural('zh', count, { other: '#个字段' })}需要您检查。未保存任何内容。`,
  'profileForm.notSaved': '您的更改未保存。',
};

export default strings;
