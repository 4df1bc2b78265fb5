import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'paymentMethodDialog'> = {
  'paymentMethodDialog.add': 'Thêm phương thức thanh toán mới',
  'paymentMethodDialog.addHint': 'Bạn sẽ nhập thông tin trên trang bảo mật của nhà cung cấp thanh toán, sau đó quay lại đây.',
  'paymentMethodDialog.flag.default': 'Mặc định',
  'paymentMethodDialog.flag.current': 'Hiện tại',
  'paymentMethodDialog.usedBy': (names) => `Thanh toán cho ${names}`,
  'paymentMethodDialog.close': 'Đóng',
  'paymentMethodDialog.cancel': 'Hủy',
  'paymentMethodDialog.done': 'Xong',
  'paymentMethodDialog.dialog.title': 'Phương thức thanh toán của bạn',
  'paymentMethodDialog.dialog.subscriptionTitle': (name) => `Phương thức thanh toán cho ${name}`,
  'paymentMethodDialog.dialog.reactivateTitle': (name) => `Kích hoạt lại ${name}`,
  'paymentMethodDialog.dialog.onHoldIntro': (name) =>
    `Gói đăng ký ${name} đang bị giữ vì một khoản thanh toán không thành công. Hãy chọn phương thức thanh toán: số tiền cần trả sẽ được tính vào phương thức đó và gói đăng ký sẽ hoạt động lại.`,
  'paymentMethodDialog.dialog.pastDueIntro': (name) =>
    `Một khoản thanh toán cho gói đăng ký ${name} không thành công. Hãy chọn phương thức thanh toán: số tiền cần trả sẽ được tính vào phương thức đó.`,
  'paymentMethodDialog.dialog.outstanding': 'Số tiền cần trả ngay',
  'paymentMethodDialog.dialog.saved': 'Phương thức thanh toán đã lưu',
  'paymentMethodDialog.makeDefault': 'Đặt làm mặc định',
  'paymentMethodDialog.saving': 'Đang lưu…',
  'paymentMethodDialog.alreadyDefault': 'Đây là phương thức thanh toán mặc định của bạn.',
  'paymentMethodDialog.defaultDone': (name) => `${name} hiện là phương thức thanh toán mặc định của bạn.`,
  'paymentMethodDialog.useFor': (name) => `Dùng cho ${name}`,
  'paymentMethodDialog.alreadyUsed': (name) => `${name} đã dùng phương thức thanh toán này.`,
  'paymentMethodDialog.usedNow': (subscription, method) => `${subscription} hiện được thanh toán bằng ${method}.`,
  'paymentMethodDialog.pay': (amount) => `Thanh toán ${amount} và kích hoạt lại`,
  'paymentMethodDialog.paying': 'Đang thanh toán…',
  'paymentMethodDialog.reactivated.title': 'Đã nhận thanh toán',
  'paymentMethodDialog.reactivated.body': (name, amount) => `Đã thanh toán ${amount} và gói đăng ký ${name} đã hoạt động trở lại.`,
  'paymentMethodDialog.reactivated.with': (method) => `Thanh toán bằng ${method}.`,
  'paymentMethodDialog.reactivated.renews': (date) => `Gia hạn vào ${date}.`,
  'paymentMethodDialog.reactivated.announce': (name, amount) => `Đã thanh toán ${amount}. Gói đăng ký ${name} đã hoạt động trở lại.`,
  'paymentMethodDialog.receipt': (number) => `Biên lai: hóa đơn ${number} (PDF)`,
  'paymentMethodDialog.declined.title': 'Thanh toán không thành công.',
  'paymentMethodDialog.declined.still': (name, onHold) =>
    `Gói đăng ký ${name} vẫn ${onHold ? 'đang bị giữ' : 'quá hạn'}. Hãy chọn phương thức thanh toán khác hoặc thêm phương thức mới rồi thử lại.`,
  'paymentMethodDialog.conflict': 'Gói đăng ký này đã thay đổi trong lúc đó. Hãy kiểm tra thông tin rồi thử lại.',
  'paymentMethodDialog.conflictSettled': (name) => `${name} không còn khoản nào phải trả; chưa có khoản phí nào được tính.`,
  'paymentMethodDialog.remove': (name) => `Xóa ${name}`,
  'paymentMethodDialog.remove.confirm': (name) => `Xóa ${name}?`,
  'paymentMethodDialog.remove.moves': (names) => `Thay vào đó, ${names} sẽ được tính phí vào phương thức thanh toán mặc định của bạn.`,
  'paymentMethodDialog.remove.yes': 'Xóa',
  'paymentMethodDialog.remove.no': 'Giữ lại',
  'paymentMethodDialog.removing': 'Đang xóa…',
  'paymentMethodDialog.remove.lastNeeded':
    'Đây là phương thức thanh toán duy nhất của bạn và các gói đăng ký cần có một phương thức, nên không thể xóa. Hãy thêm phương thức thanh toán khác trước.',
  'paymentMethodDialog.remove.refused': (message) => `Chưa xóa được. ${message}`,
  'paymentMethodDialog.removed': (name) => `Đã xóa ${name}.`,
  'paymentMethodDialog.added': (name) => `Đã thêm ${name}.`,
  'paymentMethodDialog.addedPayNext': (name, amount) =>
    `Đã thêm ${name}. Nhấn “Thanh toán ${amount} và kích hoạt lại” để thanh toán bằng phương thức này.`,
};

export default strings;
