import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'email'> = {
  'email.login.subject': (business) => `Liên kết đăng nhập ${business} của bạn`,
  'email.login.body': (name, business, url, hours) =>
    `Xin chào ${name},\n\nHãy dùng liên kết này để quản lý thanh toán với ${business}:\n\n${url}\n\n` +
    `Liên kết chỉ dùng được một lần và hết hạn sau ${plural('vi', hours, { other: '# giờ' })}. Nếu bạn không yêu cầu, bạn có thể bỏ qua email này.`,
  'email.paymentSucceeded.subject': (amount, invoice) => `Đã nhận thanh toán ${amount} cho hóa đơn ${invoice}`,
  'email.paymentSucceeded.body': (name, amount, invoice, method, business) =>
    `Xin chào ${name},\n\nChúng tôi đã nhận được khoản thanh toán ${amount} của bạn cho hóa đơn ${invoice}, thanh toán bằng ${method}. Xin cảm ơn.\n\n${business}`,
  'email.reactivated.subject': (product) => `Gói đăng ký ${product} của bạn đã hoạt động trở lại`,
  'email.reactivated.body': (name, product, amount, invoice, business) =>
    `Xin chào ${name},\n\nGói đăng ký ${product} của bạn đã hoạt động trở lại: khoản ${amount} còn nợ (hóa đơn ${invoice}) ` +
    `đã được thanh toán. Bạn không cần làm gì thêm.\n\n${business}`,
};

export default strings;
