import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'licenseKeys'> = {
  'licenseKeys.title': '라이선스 키',
  'licenseKeys.loading': '라이선스 키를 불러오는 중…',
  'licenseKeys.signedOut': '로그인하여 라이선스 키를 확인하세요.',
  'licenseKeys.empty': '라이선스 키가 없습니다.',
  'licenseKeys.disabled': '여기서는 라이선스 키를 사용할 수 없습니다.',
  'licenseKeys.status.active': '활성',
  'licenseKeys.status.disabled': '비활성화됨',
  'licenseKeys.status.expired': '만료됨',
  'licenseKeys.key': '키',
  'licenseKeys.masked': (last4) => `숨김(끝자리 ${last4})`,
  'licenseKeys.show': '키 표시',
  'licenseKeys.copy': '복사',
  'licenseKeys.copied': (product) => `${product} 라이선스 키를 복사했습니다.`,
  'licenseKeys.copyFailed': '키를 복사하지 못했습니다. 키가 표시되었으니 선택하여 직접 복사하세요.',
  'licenseKeys.activations': '활성화',
  'licenseKeys.activationsOf': (used, limit) => `${limit}회 중 ${used}회 사용`,
  'licenseKeys.activationsUnlimited': (used) => `${used}회 사용, 제한 없음`,
  'licenseKeys.expires': '만료일',
  'licenseKeys.expired': '만료됨',
  'licenseKeys.never': '없음',
};

export default strings;
