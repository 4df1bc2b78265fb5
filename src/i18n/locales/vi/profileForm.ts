import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profileForm'> = {
  'profileForm.readOnly': 'Liên hệ với chúng tôi để thay đổi mục này.',
  'profileForm.contact': 'Liên hệ',
  'profileForm.phone': 'Số điện thoại (không bắt buộc)',
  'profileForm.phoneHint': 'Kèm mã quốc gia, ví dụ +84 24 3123 4567.',
  'profileForm.addressHint': 'Để trống tất cả các trường để xóa địa chỉ này.',
  'profileForm.shippingName': 'Người nhận',
  'profileForm.shippingPhone': 'Số điện thoại người nhận (không bắt buộc)',
  'profileForm.line1': 'Địa chỉ',
  'profileForm.line2': 'Căn hộ, phòng, tầng (không bắt buộc)',
  'profileForm.city': 'Thành phố',
  'profileForm.state': 'Tỉnh, bang hoặc khu vực (không bắt buộc)',
  'profileForm.postalCode': 'Mã bưu chính',
  'profileForm.country': 'Quốc gia',
  'profileForm.chooseCountry': 'Chọn quốc gia',
  'profileForm.taxIds.hint': 'Hiển thị trên hóa đơn của bạn.',
  'profileForm.taxIds.none': 'Chưa có mã số thuế.',
  'profileForm.taxId': (n) => `Mã số thuế ${n}`,
  'profileForm.taxType': 'Loại',
  'profileForm.taxValue': 'Số',
  'profileForm.taxExample': (example) => `Ví dụ: ${example}.`,
  'profileForm.taxAdd': 'Thêm mã số thuế',
  'profileForm.taxRemove': 'Xóa',
  'profileForm.taxRemoved': (n) => `Đã xóa mã số thuế ${n}. Hãy lưu để giữ thay đổi.`,
  'profileForm.save': 'Lưu',
  'profileForm.saving': 'Đang lưu…',
  'profileForm.cancel': 'Hủy',
  'profileForm.unchanged': 'Không có gì thay đổi nên không có gì để lưu.',
  'profileForm.required': (label) => `${label} là bắt buộc.`,
  'profileForm.invalidEmail': 'Nhập địa chỉ email, ví dụ name@example.com.',
  'profileForm.invalidField': (label, detail) => `${label}: ${detail}.`,
  'profileForm.checkFields': (count) => `${plural('vi', count, { other: '# trường' })} cần bạn kiểm tra lại. Chưa có gì được lưu.`,
  'profileForm.notSaved': 'Thay đổi của bạn chưa được lưu.',
};

export default strings;
