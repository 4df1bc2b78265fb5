import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'common'> = {
  'session.warning': 'Để bảo mật, phiên của bạn sẽ kết thúc sau khoảng một phút trừ khi bạn duy trì đăng nhập.',
  'session.warningFinal': 'Để bảo mật, phiên của bạn sẽ kết thúc sau khoảng một phút. Sau đó, hãy đăng nhập lại để tiếp tục.',
  'session.stay': 'Duy trì đăng nhập',
  'session.offline': 'Bạn đang ngoại tuyến. Các thao tác thanh toán tạm dừng cho đến khi có kết nối trở lại.',
  'session.expired.title': 'Phiên của bạn đã kết thúc',
  'session.expired.body': 'Để bảo mật, bạn đã được đăng xuất sau một thời gian không hoạt động.',
  'session.loggedOut.title': 'Bạn đã đăng xuất',
  'session.loggedOut.body': 'Thông tin thanh toán của bạn không còn hiển thị trên trang này.',
  'session.invalidLink.title': 'Không thể dùng liên kết đăng nhập này',
  'session.invalidLink.body': 'Liên kết đã hết hạn hoặc đã được sử dụng. Hãy nhập email của bạn và chúng tôi sẽ gửi liên kết mới.',
  'session.signingIn': 'Đang đăng nhập…',
  'session.return': (business) => `Quay lại ${business}`,
  'session.returnGeneric': 'Quay lại trang web',
  'session.renewFailed': 'Chúng tôi không thể gia hạn phiên của bạn. Hãy đăng nhập lại để tiếp tục.',
  'login.title': 'Đăng nhập để quản lý thanh toán',
  'login.intro': 'Nhập email bạn đã dùng khi mua hàng. Chúng tôi sẽ gửi cho bạn một liên kết đăng nhập an toàn qua email.',
  'login.email': 'Địa chỉ email',
  'login.submit': 'Gửi liên kết đăng nhập cho tôi',
  'login.sending': 'Đang gửi…',
  'login.invalidEmail': 'Nhập địa chỉ email, ví dụ name@example.com.',
  'login.sent.title': 'Kiểm tra hộp thư đến',
  'login.sent.body': (email) =>
    `Nếu ${email} thuộc về một tài khoản, liên kết đăng nhập đang được gửi đến. Liên kết chỉ dùng được một lần và hết hạn sau 24 giờ.`,
  'login.again': 'Dùng email khác',
  'login.rateLimited': (minutes) =>
    minutes <= 1
      ? 'Quá nhiều lần thử. Hãy thử lại sau một phút.'
      : `Quá nhiều lần thử. Hãy thử lại sau ${plural('vi', minutes, { other: '# phút' })}.`,
  'error.network': 'Không thể kết nối với dịch vụ thanh toán. Hãy kiểm tra kết nối rồi thử lại.',
  'error.expired': 'Phiên của bạn đã hết hạn. Hãy đăng nhập lại để tiếp tục.',
  'error.unauthenticated': 'Bạn chưa đăng nhập.',
  'error.malformed': 'Dịch vụ thanh toán trả về dữ liệu mà chúng tôi không đọc được. Hãy thử lại sau giây lát.',
  'error.server': 'Đã xảy ra lỗi từ phía chúng tôi. Hãy thử lại sau giây lát.',
  'error.rate_limited': 'Quá nhiều lần thử. Hãy đợi một lát rồi thử lại.',
  'error.generic': 'Đã xảy ra lỗi. Hãy thử lại.',
  'error.offline': 'Bạn đang ngoại tuyến. Các thao tác thanh toán tạm dừng cho đến khi có kết nối trở lại.',
  'error.timeout': 'Dịch vụ thanh toán phản hồi quá lâu. Hãy kiểm tra kết nối rồi thử lại.',
  'action.retry': 'Thử lại',
  'app.nav': 'Các mục thanh toán',
  'app.section.subscriptions': 'Gói đăng ký',
  'app.section.paymentMethods': 'Phương thức thanh toán',
  'app.section.invoices': 'Hóa đơn',
  'app.section.profile': 'Thông tin tài khoản',
  'app.section.licenseKeys': 'Khóa bản quyền',
  'app.return': (business) => `Quay lại ${business}`,
  'app.privacy': 'Chính sách quyền riêng tư',
  'app.terms': 'Điều khoản dịch vụ',
  'app.poweredBy': 'Cổng thanh toán bảo mật',
  'app.signOut': 'Đăng xuất',
};

export default strings;
