import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'licenseKeys'> = {
  'licenseKeys.title': 'Khóa bản quyền',
  'licenseKeys.loading': 'Đang tải khóa bản quyền…',
  'licenseKeys.signedOut': 'Đăng nhập để xem khóa bản quyền của bạn.',
  'licenseKeys.empty': 'Bạn không có khóa bản quyền nào.',
  'licenseKeys.disabled': 'Khóa bản quyền không khả dụng tại đây.',
  'licenseKeys.status.active': 'Đang hoạt động',
  'licenseKeys.status.disabled': 'Đã vô hiệu hóa',
  'licenseKeys.status.expired': 'Đã hết hạn',
  'licenseKeys.key': 'Khóa',
  'licenseKeys.masked': (last4) => `Đã ẩn, số cuối ${last4}`,
  'licenseKeys.show': 'Hiện khóa',
  'licenseKeys.copy': 'Sao chép',
  'licenseKeys.copied': (product) => `Đã sao chép khóa bản quyền ${product}.`,
  'licenseKeys.copyFailed': 'Không thể sao chép khóa. Khóa đang hiển thị: hãy chọn và tự sao chép.',
  'licenseKeys.activations': 'Lượt kích hoạt',
  'licenseKeys.activationsOf': (used, limit) => `Đã dùng ${used} trên ${limit}`,
  'licenseKeys.activationsUnlimited': (used) => `Đã dùng ${used}, không giới hạn`,
  'licenseKeys.expires': 'Hết hạn',
  'licenseKeys.expired': 'Đã hết hạn',
  'licenseKeys.never': 'Không bao giờ',
};

export default strings;
