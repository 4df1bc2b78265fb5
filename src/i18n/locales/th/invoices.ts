import { plural } from '../../plural.js';
import type { NamespaceStrings } from '../../locales.js';

const status = { paid: 'ชำระแล้ว', open: 'รอชำระ', void: 'เป็นโมฆะ', uncollectible: 'เรียกเก็บไม่ได้' } as const;
const more = (hasMore: boolean) => (hasMore ? ' และยังมีอีก' : '');

const strings: NamespaceStrings<'invoices'> = {
  'invoices.title': 'ใบแจ้งหนี้',
  'invoices.caption': 'ประวัติใบแจ้งหนี้',
  'invoices.column.number': 'เลขที่',
  'invoices.column.date': 'วันที่',
  'invoices.column.amount': 'จำนวนเงิน',
  'invoices.column.status': 'สถานะ',
  'invoices.column.download': 'PDF ใบแจ้งหนี้',
  'invoices.download': 'PDF',
  'invoices.download.label': (number) => `ดาวน์โหลดใบแจ้งหนี้ ${number} เป็น PDF`,
  'invoices.loading': 'กำลังโหลดใบแจ้งหนี้…',
  'invoices.empty': 'ยังไม่มีใบแจ้งหนี้ ใบแจ้งหนี้จะแสดงที่นี่เมื่อมีการเรียกเก็บเงิน',
  'invoices.more': 'แสดงใบแจ้งหนี้เพิ่มเติม',
  'invoices.loadingMore': 'กำลังโหลดใบแจ้งหนี้เพิ่มเติม…',
  'invoices.loaded': (count, hasMore) => `แสดงใบแจ้งหนี้ ${plural('th', count, { other: '# ฉบับ' })}${more(hasMore)}`,
  'invoices.signedOut': 'ลงชื่อเข้าใช้เพื่อดูใบแจ้งหนี้ของคุณ',
  'invoices.status.draft': 'ฉบับร่าง',
  'invoices.status.open': status.open,
  'invoices.status.paid': status.paid,
  'invoices.status.void': status.void,
  'invoices.status.uncollectible': status.uncollectible,
  'invoices.column.description': 'รายละเอียด',
  'invoices.column.actions': 'การดำเนินการ',
  'invoices.pay': 'ชำระเงิน',
  'invoices.pay.label': (number, amount) => `ชำระเงินใบแจ้งหนี้ ${number} ยอดค้างชำระ ${amount}`,
  'invoices.filter': 'สถานะ',
  'invoices.filter.all': 'ทั้งหมด',
  'invoices.filtered': (s, count, hasMore) =>
    `แสดงใบแจ้งหนี้ที่${status[s] ?? s} ${plural('th', count, { other: '# ฉบับ' })}${more(hasMore)}`,
  'invoices.filterEmpty': (s) => `ไม่มีใบแจ้งหนี้ที่${status[s] ?? s}`,
  'invoices.window': (first, last) => `แสดงใบแจ้งหนี้ลำดับที่ ${first}–${last}`,
  'invoices.windowLoaded': (first, last, hasMore) => `แสดงใบแจ้งหนี้ลำดับที่ ${first}–${last}${more(hasMore)}`,
  'invoices.newest': 'กลับไปที่ล่าสุด',
  'invoices.newestShown': 'แสดงใบแจ้งหนี้ล่าสุดแล้ว',
  'invoices.paid': (number) => `ชำระใบแจ้งหนี้ ${number} แล้ว`,
};

export default strings;
