import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profile'> = {
  'profile.title': 'お客様情報',
  'profile.loading': 'お客様情報を読み込み中…',
  'profile.signedOut': 'ログインしてお客様情報を確認してください。',
  'profile.allReadOnly': 'お客様情報はここでは変更できません。更新するにはお問い合わせください。',
  'profile.edit': '情報を編集',
  'profile.notProvided': '未登録',
  'profile.name': '氏名',
  'profile.email': 'メールアドレス',
  'profile.phone': '電話番号',
  'profile.billing': '請求先住所',
  'profile.shipping': '配送先住所',
  'profile.taxIds': '納税者番号',
  'profile.taxType.eu_vat': 'EU VAT 番号',
  'profile.taxType.gb_vat': '英国 VAT 番号',
  'profile.taxType.us_ein': '米国 EIN',
  'profile.taxType.au_abn': 'オーストラリア ABN',
  'profile.taxType.ca_bn': 'カナダ BN',
  'profile.taxType.ca_gst_hst': 'カナダ GST/HST 番号',
  'profile.taxType.ch_vat': 'スイス VAT 番号',
  'profile.taxType.no_vat': 'ノルウェー VAT 番号',
  'profile.taxType.nz_gst': 'ニュージーランド GST 番号',
  'profile.taxType.in_gst': 'インド GST 番号',
  'profile.taxType.za_vat': '南アフリカ VAT 番号',
  'profile.taxType.ae_trn': 'UAE TRN',
  'profile.taxType.jp_cn': '日本の法人番号',
  'profile.taxType.sg_gst': 'シンガポール GST 番号',
  'profile.saved': '保存しました。',
};

export default strings;
