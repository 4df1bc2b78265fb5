/**
 * LocalizeController: the strings and formats of one element, in the language that
 * applies to it, with no page-global configuration (two kits on a page, or a merchant
 * app with its own i18n, never collide).
 *
 * The language: the element's `lang` or its nearest ancestor's (across shadow roots);
 * else `<portal-session locale>`; else the session's locale from the server; else the
 * browser's `navigator.languages`; else English. `fr-CA` falls back to `fr`, then to
 * English; an unsupported language means English. Bundles load lazily; until the one
 * asked for has arrived (at most `BUNDLE_WAIT_MS`), the element stays invisible instead
 * of flashing English. Right-to-left languages set `dir` on the element unless the page
 * sets it closer to the element.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PortalError, PortalErrorKind } from '../state/errors.js';
import type { TermArgs, TermKey } from './en.js';
import { formatDate, formatMoney, numberFormat } from './format.js';
import { LOCALES, PSEUDO_LOCALE, RTL, supportedLocale, type Namespace, type NamespaceStrings, type PartialTranslation } from './locales.js';
import { addEnglish, isLoaded, load, lookup, onBundle } from './registry.js';

/** How long an element waits for its language's bundle before showing English. */
export const BUNDLE_WAIT_MS = 1500;

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

/**
 * The namespaces an element shows, with their English: `static i18n = { invoices }`
 * (`import invoices from '../../i18n/en/invoices.js'`). `common` always comes. A
 * namespace shown only by code the element loads later gives `null` here: its language's
 * bundle still loads with the element's, and its English comes with that code
 * (`addEnglish`), e.g. `{ subscriptions, subscriptionFlows: null }`.
 */
export type ElementStrings = { readonly [N in Namespace]?: NamespaceStrings<N> | null };
interface ElementClass {
  i18n?: ElementStrings;
}
/** The `static i18n` objects whose English is in the registry already. */
const withEnglish = new WeakSet<ElementStrings>();

/** The element's parent, stepping out of shadow roots. */
function parentOf(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

function closest(from: Element, test: (el: Element) => boolean): Element | null {
  for (let el: Element | null = from; el; el = parentOf(el)) if (test(el)) return el;
  return null;
}

/** One observer for the whole document: `lang` and `dir` changes anywhere re-render the elements. */
const watchers = new Set<() => void>();
let observer: MutationObserver | undefined;
function watchLanguage(listener: () => void): () => void {
  if (!observer && typeof MutationObserver !== 'undefined' && globalThis.document) {
    observer = new MutationObserver(() => watchers.forEach((w) => w()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
  }
  watchers.add(listener);
  return () => watchers.delete(listener);
}

interface SessionLike extends Element {
  locale?: string;
  strings?: Record<string, PartialTranslation | undefined>;
}

export class LocalizeController implements ReactiveController {
  #unsubscribe: Array<() => void> = [];
  #dirSet: string | undefined;
  #waiting?: { locale: string; timer: ReturnType<typeof setTimeout> };
  #gaveUp = new Set<string>();
  /** The namespaces this element's strings come from. */
  readonly #namespaces: readonly Namespace[];
  /**
   * What one update works out once (from `hostUpdate` to `hostUpdated`): a render formats
   * hundreds of values, and each would otherwise walk the tree for `lang` again.
   */
  #frame?: { lang: string; locale: string; session: SessionLike | null };

  constructor(
    private readonly host: Host,
    /** The session's locale from the server, when there is one. */
    private readonly sessionLocale: () => string | undefined = () => undefined,
  ) {
    host.addController(this);
    const declared = (host.constructor as ElementClass).i18n ?? {};
    if (!withEnglish.has(declared)) {
      withEnglish.add(declared);
      addEnglish(Object.assign({}, ...Object.values(declared)) as PartialTranslation);
    }
    this.#namespaces = ['common', ...(Object.keys(declared) as Namespace[])];
  }

  hostConnected(): void {
    const update = () => this.host.requestUpdate();
    this.#unsubscribe = [watchLanguage(update), onBundle(update)];
  }

  hostDisconnected(): void {
    this.#unsubscribe.forEach((u) => u());
    this.#unsubscribe = [];
    if (this.#waiting) clearTimeout(this.#waiting.timer);
    this.#waiting = undefined;
    this.host.removeAttribute('data-i18n-pending');
  }

  /** Before each render: load the bundle, hold the element invisible meanwhile, set `dir`. */
  hostUpdate(): void {
    this.#frame = undefined;
    const lang = this.lang;
    const locale = bundleFor(lang);
    this.#frame = { lang, locale, session: this.#session() };
    if (isLoaded(locale, this.#namespaces) || this.#gaveUp.has(locale)) {
      if (this.#waiting) clearTimeout(this.#waiting.timer);
      this.#waiting = undefined;
      this.host.removeAttribute('data-i18n-pending');
    } else if (this.#waiting?.locale !== locale) {
      if (this.#waiting) clearTimeout(this.#waiting.timer);
      this.host.setAttribute('data-i18n-pending', '');
      const timer = setTimeout(() => {
        this.#gaveUp.add(locale);
        this.host.requestUpdate();
      }, BUNDLE_WAIT_MS);
      this.#waiting = { locale, timer };
      void load(locale, this.#namespaces);
    }
    this.#applyDir(locale);
  }

  hostUpdated(): void {
    this.#frame = undefined;
  }

  #session(): SessionLike | null {
    if (this.#frame) return this.#frame.session;
    return closest(this.host, (el) => el.localName === 'portal-session') as SessionLike | null;
  }

  /** The language tag that applies (for dates, numbers and money), e.g. `de-AT`. */
  get lang(): string {
    if (this.#frame) return this.#frame.lang;
    const fromTree = (closest(this.host, (el) => el.hasAttribute('lang')) as HTMLElement | null)?.lang;
    if (fromTree) return supportedLocale(fromTree) ? canonical(fromTree) : 'en';
    const merchant = this.#session()?.locale;
    if (merchant && supportedLocale(merchant)) return canonical(merchant);
    const server = this.sessionLocale();
    if (server && supportedLocale(server)) return canonical(server);
    for (const tag of globalThis.navigator?.languages ?? []) if (supportedLocale(tag)) return canonical(tag);
    return 'en';
  }

  /** The bundle that answers: the most specific supported locale for `lang`. */
  get locale(): string {
    return this.#frame?.locale ?? bundleFor(this.lang);
  }

  get dir(): 'ltr' | 'rtl' {
    return RTL.has(this.locale.split('-')[0]!) ? 'rtl' : 'ltr';
  }

  /** Sets `dir` from the language, unless the page set `dir` as close to the element as `lang`. */
  #applyDir(locale: string): void {
    const host = this.host;
    if (host.hasAttribute('dir') && host.getAttribute('dir') !== this.#dirSet) return; // the page's own choice
    const withLang = closest(host, (el) => el.hasAttribute('lang'));
    const withDir = closest(host, (el) => el !== host && el.hasAttribute('dir'));
    const pageDecides = withDir !== null && (withLang === null || isInside(withDir, withLang));
    const wanted = RTL.has(locale.split('-')[0]!) ? 'rtl' : 'ltr';
    const needed = !pageDecides && (wanted === 'rtl' || withDir !== null);
    if (needed) {
      if (host.getAttribute('dir') !== wanted) host.setAttribute('dir', wanted);
      this.#dirSet = wanted;
    } else if (this.#dirSet) {
      host.removeAttribute('dir');
      this.#dirSet = undefined;
    }
  }

  term<K extends TermKey>(key: K, ...args: TermArgs<K>): string {
    const value = lookup(this.locale, key, this.#session()?.strings) as string | ((...a: unknown[]) => string);
    return typeof value === 'function' ? value(...args) : value;
  }

  /** What to tell the customer about an error, in their language. */
  errorMessage(error: PortalError | undefined): string {
    return this.term((error && errorTerms[error.kind]) || 'error.generic');
  }

  money(minorUnits: number, currency: string): string {
    return formatMoney(this.#intlTag, minorUnits, currency);
  }

  date(timestamp: string, options?: Intl.DateTimeFormatOptions): string {
    return formatDate(this.#intlTag, timestamp, options);
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return numberFormat(this.#intlTag, options).format(value);
  }

  /** Intl has no pseudo-locale: it formats as English. */
  get #intlTag(): string {
    const lang = this.lang;
    return lang === PSEUDO_LOCALE ? 'en' : lang;
  }
}

/** True when `inner` is inside `outer`, across shadow roots. */
function isInside(inner: Element, outer: Element): boolean {
  for (let el: Element | null = inner; el; el = parentOf(el)) if (el === outer) return true;
  return false;
}

/** The bundle that answers for a language tag. */
function bundleFor(lang: string): string {
  return lang === PSEUDO_LOCALE ? PSEUDO_LOCALE : (supportedLocale(lang) ?? 'en');
}

function canonical(tag: string): string {
  if (tag === PSEUDO_LOCALE) return tag;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

export { LOCALES };
