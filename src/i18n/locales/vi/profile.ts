import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profile'> = {
  'profile.title': 'Thông tin của bạn',
  'profile.loading': 'Đang tải thông tin của bạn…',
  'profile.signedOut': 'Đăng nhập để xem thông tin của bạn.',
  'profile.allReadOnly': 'Không thể thay đổi thông tin của bạn tại đây. Hãy liên hệ với chúng tôi để cập nhật.',
  'profile.edit': 'Chỉnh sửa thông tin',
  'profile.notProvided': 'Chưa cung cấp',
  'profile.name': 'Tên',
  'profile.email': 'Địa chỉ email',
  'profile.phone': 'Số điện thoại',
  'profile.billing': 'Địa chỉ thanh toán',
  'profile.shipping': 'Địa chỉ giao hàng',
  'profile.taxIds': 'Mã số thuế',
  'profile.taxType.eu_vat': 'Mã số VAT EU',
  'profile.taxType.gb_vat': 'Mã số VAT Vương quốc Anh',
  'profile.taxType.us_ein': 'EIN Hoa Kỳ',
  'profile.taxType.au_abn': 'ABN Úc',
  'profile.taxType.ca_bn': 'BN Canada',
  'profile.taxType.ca_gst_hst': 'Mã số GST/HST Canada',
  'profile.taxType.ch_vat': 'Mã số VAT Thụy Sĩ',
  'profile.taxType.no_vat': 'Mã số VAT Na Uy',
  'profile.taxType.nz_gst': 'Mã số GST New Zealand',
  'profile.taxType.in_gst': 'Mã số GST Ấn Độ',
  'profile.taxType.za_vat': 'Mã số VAT Nam Phi',
  'profile.taxType.ae_trn': 'TRN UAE',
  'profile.taxType.jp_cn': 'Mã số doanh nghiệp Nhật Bản',
  'profile.taxType.sg_gst': 'Mã số GST Singapore',
  'profile.saved': 'Đã lưu.',
};

export default strings;
