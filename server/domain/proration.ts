/**
 * Billing arithmetic of the demo provider: calendar intervals, proration by the
 * seconds left in a period, coupons, and money formatted for English descriptions.
 * Pure functions (no database, no clock): every caller passes the moment it means.
 */

export type Interval = 'day' | 'week' | 'month' | 'year';

export interface CouponLike {
  percent_off: number | null;
  amount_off: number | null;
  currency: string | null;
  duration: string;
  duration_in_months: number | null;
}

const DAY_MS = 86_400_000;

/** `months` calendar months after `ms` (UTC), the day clamped to the month's length (31 Jan + 1 → 28/29 Feb). */
export function addMonths(ms: number, months: number): number {
  const d = new Date(ms);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const daysInMonth = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, daysInMonth));
  return d.getTime();
}

/** The end of a billing period of `count` × `interval` starting at `ms`. */
export function addInterval(ms: number, interval: string, count: number): number {
  switch (interval as Interval) {
    case 'day':
      return ms + count * DAY_MS;
    case 'week':
      return ms + count * 7 * DAY_MS;
    case 'month':
      return addMonths(ms, count);
    case 'year':
      return addMonths(ms, 12 * count);
    default:
      throw new Error(`Unknown interval ${interval}`);
  }
}

/** Whole seconds from `from` to `to`, never negative. */
export function secondsBetween(from: number, to: number): number {
  return Math.max(0, Math.floor((to - from) / 1000));
}

/**
 * The share of `amount` for the seconds left in the period [start, end) at `at`,
 * rounded to the minor unit (half away from zero).
 */
export function prorate(amount: number, start: number, end: number, at: number): number {
  const total = secondsBetween(start, end);
  if (total === 0) return 0;
  const left = Math.min(total, secondsBetween(Math.max(at, start), end));
  return Math.sign(amount) * Math.round((Math.abs(amount) * left) / total);
}

/** What a coupon takes off a (positive) amount in `currency`. */
export function couponDiscount(coupon: CouponLike, amount: number, currency: string): number {
  if (amount <= 0) return 0;
  if (coupon.percent_off !== null) return Math.round((amount * Number(coupon.percent_off)) / 100);
  if (coupon.amount_off !== null && coupon.currency === currency) return Math.min(amount, Number(coupon.amount_off));
  return 0;
}

/** A coupon applies to a subscription in this currency (amount-off coupons are in one currency). */
export function couponFitsCurrency(coupon: CouponLike, currency: string): boolean {
  return coupon.percent_off !== null || (coupon.amount_off !== null && coupon.currency === currency);
}

/**
 * When a coupon applied at `at` stops applying: forever → never (null); repeating →
 * after its months; once → after the next invoice (the end of the period that invoice starts).
 */
export function couponEndsAt(
  coupon: CouponLike,
  at: number,
  nextInvoiceAt: number,
  interval: string,
  intervalCount: number,
): number | null {
  if (coupon.duration === 'forever') return null;
  if (coupon.duration === 'repeating') return addMonths(at, Number(coupon.duration_in_months ?? 1));
  return addInterval(nextInvoiceAt, interval, intervalCount);
}

/** The renewal dates from `firstInvoiceAt` on, every period, that fall before `until`. */
export function invoiceDatesBefore(firstInvoiceAt: number, interval: string, intervalCount: number, until: number): number[] {
  const dates: number[] = [];
  for (let at = firstInvoiceAt, n = 0; at < until && n < 1000; n++) {
    dates.push(at);
    at = addInterval(firstInvoiceAt, interval, intervalCount * (n + 1));
  }
  return dates;
}

const fractionDigits = (currency: string) => {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
};

/** Minor units as English money: 2175, 'usd' → "$21.75". */
export function formatMoney(amount: number, currency: string): string {
  const digits = fractionDigits(currency);
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).format(amount / 10 ** digits);
  } catch {
    return `${(amount / 10 ** digits).toFixed(digits)} ${currency.toUpperCase()}`;
  }
}

/** A date for English descriptions: "15 Jun 2026" (UTC). */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** (Spelled out here rather than by Intl, whose abbreviations change between ICU versions: "Sep" / "Sept".) */
export function formatDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** "month", "3 months", "year". */
export function describeInterval(interval: string, count: number): string {
  return count === 1 ? interval : `${count} ${interval}s`;
}
