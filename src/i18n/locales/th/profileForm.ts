import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'profileForm'> = {
  'profileForm.readOnly': 'ติดต่อเราเพื่อเปลี่ยนข้อมูลนี้',
  'profileForm.contact': 'ข้อมูลติดต่อ',
  'profileForm.phone': 'โทรศัพท์ (ไม่บังคับ)',
  'profileForm.phoneHint': 'ใส่รหัสประเทศด้วย เช่น +1 415 555 0132',
  'profileForm.addressHint': 'เว้นว่างทุกช่องเพื่อลบที่อยู่นี้',
  'profileForm.shippingName': 'ผู้รับ',
  'profileForm.shippingPhone': 'โทรศัพท์ผู้รับ (ไม่บังคับ)',
  'profileForm.line1': 'ที่อยู่',
  'profileForm.line2': 'อาคาร ห้อง ชั้น (ไม่บังคับ)',
  'profileForm.city': 'เมือง',
  'profileForm.state': 'จังหวัด รัฐ หรือภูมิภาค (ไม่บังคับ)',
  'profileForm.postalCode': 'รหัสไปรษณีย์',
  'profileForm.country': 'ประเทศ',
  'profileForm.chooseCountry': 'เลือกประเทศ',
  'profileForm.taxIds.hint': 'แสดงในใบแจ้งหนี้ของคุณ',
  'profileForm.taxIds.none': 'ไม่มีเลขประจำตัวผู้เสียภาษี',
  'profileForm.taxId': (n) => `เลขประจำตัวผู้เสียภาษี ${n}`,
  'profileForm.taxType': 'ประเภท',
  'profileForm.taxValue': 'หมายเลข',
  'profileForm.taxExample': (example) => `เช่น ${example}`,
  'profileForm.taxAdd': 'เพิ่มเลขประจำตัวผู้เสียภาษี',
  'profileForm.taxRemove': 'ลบ',
  'profileForm.taxRemoved': (n) => `ลบเลขประจำตัวผู้เสียภาษี ${n} แล้ว กดบันทึกเพื่อยืนยันการเปลี่ยนแปลง`,
  'profileForm.save': 'บันทึก',
  'profileForm.saving': 'กำลังบันทึก…',
  'profileForm.cancel': 'ยกเลิก',
  'profileForm.unchanged': 'ไม่มีการเปลี่ยนแปลง จึงไม่มีอะไรต้องบันทึก',
  'profileForm.required': (label) => `ต้องระบุ${label}`,
  'profileForm.invalidEmail': 'ใส่อีเมลในรูปแบบ name@example.com',
  'profileForm.invalidField': (label, detail) => `${label}: ${detail}`,
  'profileForm.checkFields': (count) =>
    `มี ${plural('th', count, { other: '# ช่อง' })}ที่ต้องตรวจสอบ ยังไม่ได้บันทึกข้อมูลใดๆ`,
  'profileForm.notSaved': 'ยังไม่ได้บันทึกการเปลี่ยนแปลงของคุณ',
};

export default strings;
