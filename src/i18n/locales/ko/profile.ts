import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profile'> = {
  'profile.title': '내 정보',
  'profile.loading': '정보를 불러오는 중…',
  'profile.signedOut': '로그인하여 정보를 확인하세요.',
  'profile.allReadOnly': '여기서는 정보를 변경할 수 없습니다. 업데이트하려면 문의하세요.',
  'profile.edit': '정보 수정',
  'profile.notProvided': '입력되지 않음',
  'profile.name': '이름',
  'profile.email': '이메일',
  'profile.phone': '전화번호',
  'profile.billing': '청구지 주소',
  'profile.shipping': '배송지 주소',
  'profile.taxIds': '세금 ID',
  'profile.taxType.eu_vat': 'EU VAT 번호',
  'profile.taxType.gb_vat': '영국 VAT 번호',
  'profile.taxType.us_ein': '미국 EIN',
  'profile.taxType.au_abn': '호주 ABN',
  'profile.taxType.ca_bn': '캐나다 BN',
  'profile.taxType.ca_gst_hst': '캐나다 GST/HST 번호',
  'profile.taxType.ch_vat': '스위스 VAT 번호',
  'profile.taxType.no_vat': '노르웨이 VAT 번호',
  'profile.taxType.nz_gst': '뉴질랜드 GST 번호',
  'profile.taxType.in_gst': '인도 GST 번호',
  'profile.taxType.za_vat': '남아프리카공화국 VAT 번호',
  'profile.taxType.ae_trn': 'UAE TRN',
  'profile.taxType.jp_cn': '일본 법인 번호',
  'profile.taxType.sg_gst': '싱가포르 GST 번호',
  'profile.saved': '저장되었습니다.',
};

export default strings;
