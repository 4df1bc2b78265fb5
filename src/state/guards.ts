/**
 * Shape checks for what the portal API sends, so a malformed response becomes a
 * clear error instead of a half-drawn screen. Typed against the generated contract:
 * a guard that stops matching its schema's type fails the typecheck.
 */
import type { components } from './contract.gen.js';

type Schemas = components['schemas'];
type Check = (value: unknown) => boolean;

const str: Check = (v) => typeof v === 'string';
const int: Check = (v) => Number.isSafeInteger(v);
const bool: Check = (v) => typeof v === 'boolean';
const timestamp: Check = (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v));
const nullable = (check: Check): Check => (v) => v === null || check(v);
const oneOf = (...values: readonly string[]): Check => (v) => typeof v === 'string' && values.includes(v);
const currency: Check = (v) => typeof v === 'string' && /^[a-z]{3}$/.test(v);
const arrayOf = (check: Check): Check => (v) => Array.isArray(v) && v.every(check);

/** Checks an object's fields; the keys must be exactly the schema's required ones. */
function object<T>(fields: { [K in keyof Required<T>]: Check }): (value: unknown) => value is T {
  return (value: unknown): value is T => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const record = value as Record<string, unknown>;
    return Object.entries(fields).every(([key, check]) => (check as Check)(record[key]));
  };
}

export const INVOICE_STATUSES = ['draft', 'open', 'paid', 'void', 'uncollectible'] as const satisfies readonly Schemas['InvoiceStatus'][];

export const isInvoice = object<Schemas['Invoice']>({
  id: str,
  object: oneOf('invoice'),
  number: str,
  status: oneOf(...INVOICE_STATUSES),
  currency,
  total: int,
  amount_due: int,
  amount_paid: int,
  description: nullable(str),
  created_at: timestamp,
  due_at: nullable(timestamp),
  period_start: timestamp,
  period_end: timestamp,
  pdf_url: str,
});

export const isInvoiceList = object<Schemas['InvoiceList']>({
  object: oneOf('list'),
  data: arrayOf(isInvoice),
  has_more: bool,
  next_cursor: nullable(str),
});
