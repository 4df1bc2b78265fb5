import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'email'> = {
  'email.login.subject': (business) => `${business} 로그인 링크`,
  'email.login.body': (name, business, url, hours) =>
    `${name}님, 안녕하세요.\n\n아래 링크를 사용하여 ${business}의 결제 정보를 관리하세요.\n\n${url}\n\n` +
    `이 링크는 한 번만 사용할 수 있으며 ${hours}시간 후 만료됩니다. 요청하지 않으셨다면 이 이메일을 무시하셔도 됩니다.`,
  'email.paymentSucceeded.subject': (amount, invoice) => `인보이스 ${invoice}에 대한 ${amount} 결제가 완료되었습니다`,
  'email.paymentSucceeded.body': (name, amount, invoice, method, business) =>
    `${name}님, 안녕하세요.\n\n인보이스 ${invoice}에 대한 결제(${amount}, ${method})를 받았습니다. 감사합니다.\n\n${business}`,
  'email.reactivated.subject': (product) => `${product} 구독이 다시 활성화되었습니다`,
  'email.reactivated.body': (name, product, amount, invoice, business) =>
    `${name}님, 안녕하세요.\n\n${product} 구독이 다시 활성화되었습니다. 미결제 금액(${amount}, 인보이스 ${invoice})이 결제되었습니다. ` +
    `추가로 하실 일은 없습니다.\n\n${business}`,
};

export default strings;
