/**
 * LocalizeController: the strings and formats of one element, in the language that
 * applies to it. No page-global state: two kits on a page, or a merchant app with its
 * own i18n, never collide.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { en, type TermArgs, type TermKey } from './en.js';
import { formatDate, formatMoney } from './format.js';
import type { PortalError, PortalErrorKind } from '../state/errors.js';

const errorTerms: Partial<Record<PortalErrorKind, TermKey>> = {
  network: 'error.network',
  timeout: 'error.timeout',
  offline: 'error.offline',
  expired: 'error.expired',
  unauthenticated: 'error.unauthenticated',
  malformed: 'error.malformed',
  server: 'error.server',
  rate_limited: 'error.rate_limited',
};

type Host = ReactiveControllerHost & HTMLElement;

/** A BCP 47 tag Intl accepts, or undefined. */
function valid(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

export class LocalizeController implements ReactiveController {
  constructor(
    private readonly host: Host,
    /** The session's locale, when there is one (the merchant's or the server's). */
    private readonly sessionLocale: () => string | undefined = () => undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /**
   * The language: the element's `lang` or its nearest ancestor's; else the session's;
   * else the browser's; else English.
   */
  get lang(): string {
    const fromTree = (this.host.closest('[lang]') as HTMLElement | null)?.lang;
    return valid(fromTree) ?? valid(this.sessionLocale()) ?? valid(globalThis.navigator?.language) ?? 'en';
  }

  term<K extends TermKey>(key: K, ...args: TermArgs<K>): string {
    const value = en[key] as string | ((...a: unknown[]) => string);
    return typeof value === 'function' ? value(...args) : value;
  }

  /** What to tell the customer about an error, in their language. */
  errorMessage(error: PortalError | undefined): string {
    return this.term((error && errorTerms[error.kind]) || 'error.generic');
  }

  money(minorUnits: number, currency: string): string {
    return formatMoney(this.lang, minorUnits, currency);
  }

  date(timestamp: string, options?: Intl.DateTimeFormatOptions): string {
    return formatDate(this.lang, timestamp, options);
  }
}
