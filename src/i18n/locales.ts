/**
 * The languages the kit speaks: Stripe's 46 portal locales, plus Arabic and Hebrew.
 * English comes with the elements that show it (src/i18n/en/<namespace>.ts); every
 * other bundle is a lazy `import()`. A regional bundle (`fr-CA`) holds only what differs
 * from its base language (`fr`).
 */
import type { Strings } from './en.js';

/** A bundle: every term of the English one, with the same parameters. */
export type Translation = { [K in keyof Strings]: Strings[K] };
/** A regional bundle, or a merchant's overrides: some terms. */
export type PartialTranslation = Partial<Translation>;

/**
 * Bundles are split by namespace, so an element loads only the strings it shows:
 * `<portal-invoices>` in German loads `de/common` and `de/invoices`. A key belongs to
 * the namespace of its longest matching prefix: `subscriptions.cancel.title` to
 * `subscriptionFlows`, `subscriptions.title` to `subscriptions`.
 */
export const NAMESPACES = {
  common: ['action', 'error', 'session', 'login', 'app'],
  invoices: ['invoices'],
  subscriptions: ['subscriptions'],
  // The cancel, change-plan and pause flows: apart, so each file stays within 3 KB gzipped.
  subscriptionFlows: [
    'subscriptions.dialog', 'subscriptions.cancel', 'subscriptions.reason', 'subscriptions.offer', 'subscriptions.confirm',
    'subscriptions.canceled', 'subscriptions.change', 'subscriptions.preview', 'subscriptions.changed', 'subscriptions.pause',
    'subscriptions.paused',
  ],
  paymentMethod: ['paymentMethod'],
  // The payment method's dialog: its strings come with its code, loaded when the customer heads for it.
  paymentMethodDialog: ['paymentMethodDialog'],
  profile: ['profile'],
  // The profile's form: its strings come with its code, loaded when the customer heads for Edit.
  profileForm: ['profileForm'],
  licenseKeys: ['licenseKeys'],
  email: ['email'],
} as const;
export type Namespace = keyof typeof NAMESPACES;
type Prefix<N extends Namespace> = (typeof NAMESPACES)[N][number];
type KeysUnder<P extends string> = Extract<keyof Strings, P | `${P}.${string}`>;
/** Prefixes of other namespaces inside this one's (`subscriptions.cancel` inside `subscriptions`). */
type Claimed<N extends Namespace> = Extract<Prefix<Exclude<Namespace, N>>, `${Prefix<N>}.${string}`>;
export type NamespaceKey<N extends Namespace> = Exclude<KeysUnder<Prefix<N>>, KeysUnder<Claimed<N>>>;
/** One namespace of a bundle: every term of that namespace. */
export type NamespaceStrings<N extends Namespace> = { [K in NamespaceKey<N>]: Strings[K] };
/** One namespace of a regional bundle: the terms that differ from the base language. */
export type PartialNamespaceStrings<N extends Namespace> = Partial<NamespaceStrings<N>>;

let prefixToNamespace: Map<string, Namespace> | undefined; // built on first use: the kit's bundle never needs it

/** The namespace a key belongs to: its longest prefix listed in `NAMESPACES`. */
export function namespaceOf(key: string): Namespace {
  prefixToNamespace ??= new Map(
    Object.entries(NAMESPACES).flatMap(([namespace, prefixes]) => prefixes.map((prefix) => [prefix, namespace as Namespace])),
  );
  for (let end = key.length; end > 0; end = key.lastIndexOf('.', end - 1)) {
    const namespace = prefixToNamespace.get(key.slice(0, end));
    if (namespace) return namespace;
  }
  return 'common';
}

export const LOCALES = [
  'bg', 'cs', 'da', 'de', 'el', 'en', 'en-AU', 'en-CA', 'en-GB', 'en-IE', 'en-IN', 'en-NZ', 'en-SG', 'es', 'es-419',
  'et', 'fi', 'fil', 'fr', 'fr-CA', 'hr', 'hu', 'id', 'it', 'ja', 'ko', 'lt', 'lv', 'ms', 'mt', 'nb', 'nl', 'pl', 'pt',
  'pt-BR', 'ro', 'ru', 'sk', 'sl', 'sv', 'th', 'tr', 'vi', 'zh', 'zh-HK', 'zh-TW', 'ar', 'he',
] as const;
export type Locale = (typeof LOCALES)[number];

/** Right-to-left languages among them. */
export const RTL = new Set<string>(['ar', 'he']);

/** The pseudo-locale used in stories and tests: accented and 40 % longer. */
export const PSEUDO_LOCALE = 'en-XA';

/**
 * Regional bundles and the bundle they complete, followed on to English: Hong Kong's
 * Traditional Chinese completes Taiwan's (zh-HK → zh-TW → zh → en), not the Simplified one.
 */
export const BASES: Partial<Record<Locale, Locale>> = {
  'en-AU': 'en', 'en-CA': 'en', 'en-GB': 'en', 'en-IE': 'en', 'en-IN': 'en', 'en-NZ': 'en', 'en-SG': 'en',
  'es-419': 'es', 'fr-CA': 'fr', 'pt-BR': 'pt', 'zh-HK': 'zh-TW', 'zh-TW': 'zh',
};

/** The most specific supported locale for a BCP 47 tag (`de-AT` → `de`), or undefined. */
export function supportedLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  let canonical: string;
  try {
    canonical = Intl.getCanonicalLocales(tag)[0]!;
  } catch {
    return undefined;
  }
  const supported = LOCALES as readonly string[];
  if (supported.includes(canonical)) return canonical as Locale;
  const [language, ...rest] = canonical.split('-');
  // es-MX and other Latin American Spanish → es-419; zh-Hant → zh-TW; nn/no → nb.
  if (language === 'es' && rest.length && rest[0] !== 'ES') return 'es-419';
  if (language === 'zh' && rest.includes('Hant')) return rest.includes('HK') ? 'zh-HK' : 'zh-TW';
  if (language === 'no' || language === 'nn') return 'nb';
  if (language === 'tl') return 'fil';
  if (language === 'iw') return 'he';
  if (language === 'in') return 'id';
  return supported.includes(language!) ? (language as Locale) : undefined;
}
