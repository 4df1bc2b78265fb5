import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profileForm'> = {
  'profileForm.readOnly': '변경하려면 문의하세요.',
  'profileForm.contact': '연락처',
  'profileForm.phone': '전화번호(선택 사항)',
  'profileForm.phoneHint': '국가 코드를 포함하여 입력하세요(예: +1 415 555 0132).',
  'profileForm.addressHint': '이 주소를 삭제하려면 모든 필드를 비워 두세요.',
  'profileForm.shippingName': '수령인',
  'profileForm.shippingPhone': '수령인 전화번호(선택 사항)',
  'profileForm.line1': '주소',
  'profileForm.line2': '상세 주소(선택 사항)',
  'profileForm.city': '시/군/구',
  'profileForm.state': '시/도 또는 지역(선택 사항)',
  'profileForm.postalCode': '우편번호',
  'profileForm.country': '국가',
  'profileForm.chooseCountry': '국가 선택',
  'profileForm.taxIds.hint': '인보이스에 표시됩니다.',
  'profileForm.taxIds.none': '세금 ID가 없습니다.',
  'profileForm.taxId': (n) => `세금 ID ${n}`,
  'profileForm.taxType': '유형',
  'profileForm.taxValue': '번호',
  'profileForm.taxExample': (example) => `예: ${example}`,
  'profileForm.taxAdd': '세금 ID 추가',
  'profileForm.taxRemove': '삭제',
  'profileForm.taxRemoved': (n) => `세금 ID ${n}을(를) 삭제했습니다. 변경 사항을 유지하려면 저장하세요.`,
  'profileForm.save': '저장',
  'profileForm.saving': '저장하는 중…',
  'profileForm.cancel': '취소',
  'profileForm.unchanged': '변경된 내용이 없어 저장할 항목이 없습니다.',
  'profileForm.required': (label) => `${label} 항목은 필수입니다.`,
  'profileForm.invalidEmail': 'name@example.com 형식의 이메일 주소를 입력하세요.',
  'profileForm.invalidField': (label, detail) => `${label}: ${detail}.`,
  'profileForm.checkFields': (count) =>
    `확인이 필요한 필드가 ${plural('ko', count, { other: '#개' })} 있습니다. 아무것도 저장되지 않았습니다.`,
  'profileForm.notSaved': '변경 사항이 저장되지 않았습니다.',
};

export default strings;
