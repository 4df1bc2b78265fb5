import type { PartialNamespaceStrings } from '../../locales.js';

const strings: PartialNamespaceStrings<'profile'> = {
  'profile.email': '電郵',
  'profile.billing': '賬單地址',
  'profile.taxType.eu_vat': '歐盟增值稅號',
  'profile.taxType.gb_vat': '英國增值稅號',
  'profile.taxType.ch_vat': '瑞士增值稅號',
  'profile.taxType.no_vat': '挪威增值稅號',
  'profile.taxType.nz_gst': '新西蘭 GST 稅號',
  'profile.taxType.za_vat': '南非增值稅號',
  'profile.taxType.ae_trn': '阿聯酋 TRN',
};

export default strings;
