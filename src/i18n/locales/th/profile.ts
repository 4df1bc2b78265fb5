import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profile'> = {
  'profile.title': 'ข้อมูลของคุณ',
  'profile.loading': 'กำลังโหลดข้อมูลของคุณ…',
  'profile.signedOut': 'ลงชื่อเข้าใช้เพื่อดูข้อมูลของคุณ',
  'profile.allReadOnly': 'เปลี่ยนข้อมูลของคุณที่นี่ไม่ได้ ติดต่อเราเพื่ออัปเดตข้อมูล',
  'profile.edit': 'แก้ไขข้อมูล',
  'profile.notProvided': 'ไม่ได้ระบุ',
  'profile.name': 'ชื่อ',
  'profile.email': 'อีเมล',
  'profile.phone': 'โทรศัพท์',
  'profile.billing': 'ที่อยู่สำหรับเรียกเก็บเงิน',
  'profile.shipping': 'ที่อยู่สำหรับจัดส่ง',
  'profile.taxIds': 'เลขประจำตัวผู้เสียภาษี',
  'profile.taxType.eu_vat': 'หมายเลข VAT สหภาพยุโรป',
  'profile.taxType.gb_vat': 'หมายเลข VAT สหราชอาณาจักร',
  'profile.taxType.us_ein': 'EIN สหรัฐฯ',
  'profile.taxType.au_abn': 'ABN ออสเตรเลีย',
  'profile.taxType.ca_bn': 'BN แคนาดา',
  'profile.taxType.ca_gst_hst': 'หมายเลข GST/HST แคนาดา',
  'profile.taxType.ch_vat': 'หมายเลข VAT สวิตเซอร์แลนด์',
  'profile.taxType.no_vat': 'หมายเลข VAT นอร์เวย์',
  'profile.taxType.nz_gst': 'หมายเลข GST นิวซีแลนด์',
  'profile.taxType.in_gst': 'หมายเลข GST อินเดีย',
  'profile.taxType.za_vat': 'หมายเลข VAT แอฟริกาใต้',
  'profile.taxType.ae_trn': 'TRN สหรัฐอาหรับเอมิเรตส์',
  'profile.taxType.jp_cn': 'เลขนิติบุคคลญี่ปุ่น',
  'profile.taxType.sg_gst': 'หมายเลข GST สิงคโปร์',
  'profile.saved': 'บันทึกแล้ว',
};

export default strings;
