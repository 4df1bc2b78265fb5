/** Invoice PDFs, drawn with pdf-lib (pure JavaScript, no native parts). */
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

export interface InvoicePdfData {
  businessName: string;
  customerName: string;
  customerEmail: string;
  number: string;
  status: string;
  currency: string;
  description: string | null;
  subtotal: number;
  tax: number;
  total: number;
  amountPaid: number;
  amountDue: number;
  createdAt: number;
  dueAt: number | null;
  periodStart: number;
  periodEnd: number;
}

/** The standard fonts speak WinAnsi only: anything else is shown as "?" rather than failing. */
function winAnsi(font: PDFFont, text: string): string {
  let out = '';
  for (const ch of text) {
    try {
      font.encodeText(ch);
      out += ch;
    } catch {
      out += '?';
    }
  }
  return out;
}

const moneyFormats = new Map<string, Intl.NumberFormat>();
function money(amount: number, currency: string): string {
  let format = moneyFormats.get(currency);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() });
    moneyFormats.set(currency, format);
  }
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(amount / 10 ** digits);
}

const dateFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });
const date = (ms: number) => dateFormat.format(new Date(ms));

export async function renderInvoicePdf(data: InvoicePdfData): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`Invoice ${data.number}`);
  doc.setAuthor(data.businessName);
  doc.setCreator('portal-kit reference server');
  doc.setCreationDate(new Date(data.createdAt));
  const page = doc.addPage([595.28, 841.89]); // A4
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const ink = rgb(0.1, 0.1, 0.12);
  const muted = rgb(0.4, 0.4, 0.45);

  const text = (p: PDFPage, s: string, x: number, y: number, size = 10, font = regular, color = ink) =>
    p.drawText(winAnsi(font, s), { x, y, size, font, color });
  const right = (p: PDFPage, s: string, xRight: number, y: number, size = 10, font = regular) => {
    const safe = winAnsi(font, s);
    p.drawText(safe, { x: xRight - font.widthOfTextAtSize(safe, size), y, size, font, color: ink });
  };

  text(page, data.businessName, 50, 780, 18, bold);
  text(page, 'Invoice', 50, 750, 14, bold);
  right(page, data.status.toUpperCase(), 545, 750, 12, bold);

  let y = 715;
  const rows: Array<[string, string]> = [
    ['Invoice number', data.number],
    ['Date of issue', date(data.createdAt)],
    ...(data.dueAt ? ([['Date due', date(data.dueAt)]] as Array<[string, string]>) : []),
  ];
  for (const [label, value] of rows) {
    text(page, label, 50, y, 10, regular, muted);
    text(page, value, 160, y, 10);
    y -= 16;
  }

  y -= 14;
  text(page, 'Bill to', 50, y, 10, bold);
  text(page, data.customerName, 50, y - 16);
  text(page, data.customerEmail, 50, y - 32, 10, regular, muted);

  y -= 72;
  page.drawLine({ start: { x: 50, y: y + 14 }, end: { x: 545, y: y + 14 }, thickness: 0.5, color: muted });
  text(page, 'Description', 50, y, 10, bold);
  right(page, 'Amount', 545, y, 10, bold);
  y -= 20;
  text(page, data.description ?? 'Subscription', 50, y);
  right(page, money(data.subtotal, data.currency), 545, y);
  text(page, `${date(data.periodStart)} - ${date(data.periodEnd)}`, 50, y - 14, 9, regular, muted);

  y -= 50;
  page.drawLine({ start: { x: 300, y: y + 14 }, end: { x: 545, y: y + 14 }, thickness: 0.5, color: muted });
  const totals: Array<[string, number, PDFFont]> = [
    ['Subtotal', data.subtotal, regular],
    ['Tax', data.tax, regular],
    ['Total', data.total, bold],
    ['Amount paid', data.amountPaid, regular],
    ['Amount due', data.amountDue, bold],
  ];
  for (const [label, amount, font] of totals) {
    text(page, label, 300, y, 10, font);
    right(page, money(amount, data.currency), 545, y, 10, font);
    y -= 18;
  }

  return doc.save();
}
