/**
 * Loaded bundles, by locale: each is fetched once (lazily) and kept, as a module's
 * own cache. Merchant overrides registered with `registerTranslation` sit on top.
 */
import { en } from './en.js';
import { BASES, PSEUDO_LOCALE, loaders, type Locale, type PartialTranslation, type Translation } from './locales.js';
import { pseudoLocalize } from './pseudo.js';

const bundles = new Map<string, PartialTranslation>([['en', en]]);
const pending = new Map<string, Promise<void>>();
const overrides = new Map<string, PartialTranslation>();
const listeners = new Set<() => void>();

/** The chain of bundles that answer for a locale, most specific first: fr-CA → fr → en. */
export function chain(locale: string): string[] {
  const out = [locale];
  const base = BASES[locale as Locale] ?? (locale.includes('-') ? locale.split('-')[0] : undefined);
  if (base && base !== locale) out.push(base);
  if (!out.includes('en')) out.push('en');
  return out;
}

/** True once every bundle of the chain that exists is loaded (or failed). */
export function isLoaded(locale: string): boolean {
  if (locale === PSEUDO_LOCALE && !bundles.has(PSEUDO_LOCALE)) return false;
  return chain(locale).every((l) => bundles.has(l) || !(l in loaders) || failed.has(l));
}

const failed = new Set<string>();

/** Loads the bundles of a locale's chain; resolves when done (failures fall back to the next in chain). */
export function load(locale: string): Promise<void> {
  if (locale === PSEUDO_LOCALE && !bundles.has(PSEUDO_LOCALE)) bundles.set(PSEUDO_LOCALE, pseudoLocalize(en));
  const work = chain(locale)
    .filter((l) => !bundles.has(l) && !failed.has(l) && l in loaders)
    .map((l) => {
      let running = pending.get(l);
      if (!running) {
        running = loaders[l as Locale]!()
          .then((module) => void bundles.set(l, module.default))
          .catch(() => void failed.add(l))
          .finally(() => {
            pending.delete(l);
            for (const listener of [...listeners]) listener();
          });
        pending.set(l, running);
      }
      return running;
    });
  return Promise.all(work).then(() => undefined);
}

/** Tells every element to render its strings again (a session's `strings` or `locale` changed). */
export function stringsChanged(): void {
  for (const listener of [...listeners]) listener();
}

/** Hears each bundle arriving. */
export function onBundle(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A term for a locale: merchant overrides first (`extra`, then registered), then the bundles of the chain. */
export function lookup<K extends keyof Translation>(locale: string, key: K, extra?: Record<string, PartialTranslation | undefined>): Translation[K] {
  for (const l of chain(locale)) {
    const value = extra?.[l]?.[key] ?? overrides.get(l)?.[key] ?? bundles.get(l)?.[key];
    if (value !== undefined) return value as Translation[K];
  }
  return en[key] as Translation[K];
}

/**
 * Overrides some strings of a locale for every element of this kit on the page, e.g.
 * `registerTranslation('de', { 'invoices.title': 'Ihre Rechnungen' })`. Type-checked
 * against the English bundle.
 */
export function registerTranslation(locale: Locale | typeof PSEUDO_LOCALE, strings: PartialTranslation): void {
  overrides.set(locale, { ...overrides.get(locale), ...strings });
  for (const listener of [...listeners]) listener();
}
