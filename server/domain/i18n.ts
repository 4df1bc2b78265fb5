/**
 * The server's own words (emails) come from the kit's bundles, in the customer's
 * language: the same strings, the same fallbacks (fr-CA → fr → en).
 */
import email from '../../src/i18n/en/email.js';
import type { TermArgs, TermKey } from '../../src/i18n/en.js';
import { formatMoney } from '../../src/i18n/format.js';
import { supportedLocale } from '../../src/i18n/locales.js';
import { addEnglish, load, lookup } from '../../src/i18n/registry.js';

// The emails' English is the server's alone: no element carries it.
addEnglish(email);

/** The supported locale for a customer's or session's language tag (English when none). */
export function emailLocale(tag: string | null | undefined): string {
  return supportedLocale(tag) ?? 'en';
}

/** An email term in `locale`; loads the locale's email strings the first time. */
export async function emailTerm<K extends TermKey & `email.${string}`>(locale: string, key: K, ...args: TermArgs<K>): Promise<string> {
  await load(locale, ['email']);
  const value = lookup(locale, key) as string | ((...a: unknown[]) => string);
  return typeof value === 'function' ? value(...args) : value;
}

/** Money as the customer reads it. */
export function emailMoney(locale: string, minorUnits: number, currency: string): string {
  return formatMoney(locale, minorUnits, currency);
}
