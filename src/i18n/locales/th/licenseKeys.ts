import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'licenseKeys'> = {
  'licenseKeys.title': 'คีย์สิทธิ์การใช้งาน',
  'licenseKeys.loading': 'กำลังโหลดคีย์สิทธิ์การใช้งาน…',
  'licenseKeys.signedOut': 'ลงชื่อเข้าใช้เพื่อดูคีย์สิทธิ์การใช้งานของคุณ',
  'licenseKeys.empty': 'คุณไม่มีคีย์สิทธิ์การใช้งาน',
  'licenseKeys.disabled': 'ไม่มีคีย์สิทธิ์การใช้งานให้ใช้ที่นี่',
  'licenseKeys.status.active': 'ใช้งานอยู่',
  'licenseKeys.status.disabled': 'ปิดใช้งาน',
  'licenseKeys.status.expired': 'หมดอายุ',
  'licenseKeys.key': 'คีย์',
  'licenseKeys.masked': (last4) => `ซ่อนอยู่ ลงท้าย ${last4}`,
  'licenseKeys.show': 'แสดงคีย์',
  'licenseKeys.copy': 'คัดลอก',
  'licenseKeys.copied': (product) => `คัดลอกคีย์สิทธิ์การใช้งานของ ${product} แล้ว`,
  'licenseKeys.copyFailed': 'คัดลอกคีย์ไม่ได้ ตอนนี้คีย์แสดงอยู่แล้ว เลือกแล้วคัดลอกด้วยตนเอง',
  'licenseKeys.activations': 'การเปิดใช้งาน',
  'licenseKeys.activationsOf': (used, limit) => `ใช้ไป ${used} จาก ${limit}`,
  'licenseKeys.activationsUnlimited': (used) => `ใช้ไป ${used} ไม่จำกัด`,
  'licenseKeys.expires': 'หมดอายุ',
  'licenseKeys.expired': 'หมดอายุแล้ว',
  'licenseKeys.never': 'ไม่มีวันหมดอายุ',
};

export default strings;
