/**
 * Dates, numbers and money through Intl formatters built once per locale and option
 * set, never per row.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}\u0000${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): Intl.DateTimeFormat {
  const key = `${locale}\u0000${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, format);
  }
  return format;
}

/** An amount in minor units (cents, yen…) in its own currency, e.g. 2900 usd → "$29.00". */
export function formatMoney(locale: string, minorUnits: number, currency: string): string {
  const format = numberFormat(locale, { style: 'currency', currency: currency.toUpperCase() });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(minorUnits / 10 ** digits);
}

export function formatDate(locale: string, timestamp: string, options?: Intl.DateTimeFormatOptions): string {
  return dateFormat(locale, options).format(new Date(timestamp));
}

/**
 * Builds the page's first formatters ahead of need. Chromium loads its locale data on the
 * first Intl formatter of a page (50–130 ms measured here for a currency format, and tens
 * of ms more for the first date format): the store calls this once its first request is on
 * the way, so that cost is paid while the answer travels instead of in the first render.
 */
export function warmFormatters(): void {
  const page = globalThis.document?.documentElement.lang || globalThis.navigator?.language || 'en';
  try {
    numberFormat(page, { style: 'currency', currency: 'USD' });
    dateFormat(page);
  } catch {
    // not a language tag Intl takes: the first render pays, as without this
  }
}
