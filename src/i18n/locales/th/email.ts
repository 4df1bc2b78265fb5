import type { NamespaceStrings } from '../../locales.js';

const strings: NamespaceStrings<'email'> = {
  'email.login.subject': (business) => `ลิงก์ลงชื่อเข้าใช้ ${business} ของคุณ`,
  'email.login.body': (name, business, url, hours) =>
    `สวัสดี ${name}\n\nใช้ลิงก์นี้เพื่อจัดการการเรียกเก็บเงินกับ ${business}:\n\n${url}\n\n` +
    `ลิงก์นี้ใช้ได้ครั้งเดียวและจะหมดอายุใน ${hours} ชั่วโมง หากคุณไม่ได้ขอลิงก์นี้ ไม่ต้องสนใจอีเมลฉบับนี้`,
  'email.paymentSucceeded.subject': (amount, invoice) => `ได้รับการชำระเงิน ${amount} สำหรับใบแจ้งหนี้ ${invoice} แล้ว`,
  'email.paymentSucceeded.body': (name, amount, invoice, method, business) =>
    `สวัสดี ${name}\n\nเราได้รับการชำระเงิน ${amount} สำหรับใบแจ้งหนี้ ${invoice} ผ่าน ${method} แล้ว ขอบคุณ\n\n${business}`,
  'email.reactivated.subject': (product) => `การสมัคร ${product} ของคุณกลับมาใช้งานได้แล้ว`,
  'email.reactivated.body': (name, product, amount, invoice, business) =>
    `สวัสดี ${name}\n\nการสมัคร ${product} ของคุณกลับมาใช้งานได้แล้ว: ยอดค้างชำระ ${amount} (ใบแจ้งหนี้ ${invoice}) ` +
    `ได้รับการชำระแล้ว คุณไม่ต้องดำเนินการใดๆ เพิ่มเติม\n\n${business}`,
};

export default strings;
