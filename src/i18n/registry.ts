/**
 * Loaded bundles, by locale and namespace: each file is fetched once (lazily) and kept,
 * as this module's own cache. Merchant overrides registered with `registerTranslation`
 * sit on top. English arrives with what shows it: `common` here, each element's own
 * namespaces through `addEnglish` (see `LocalizeController`).
 */
import common from './en/common.js';
import { loaders } from './loaders.gen.js';
import { BASES, PSEUDO_LOCALE, namespaceOf, type Locale, type Namespace, type PartialTranslation, type Translation } from './locales.js';

/** `${locale}` → its loaded namespaces' terms, merged. */
const bundles = new Map<string, PartialTranslation>([['en', { ...common }]]);
const loaded = new Set<string>(); // `${locale}/${namespace}` done (or failed: the chain falls back)
const pending = new Map<string, Promise<void>>();
const overrides = new Map<string, PartialTranslation>();
const listeners = new Set<() => void>();
/** The pseudo-locale's module, a dev and story tool: loaded only when en-XA is asked for. */
let pseudo: Promise<void> | undefined;
let pseudoLocalize: ((strings: PartialTranslation) => PartialTranslation) | undefined;

/** Adds English terms (an element's namespaces) to the bundle every chain ends with. */
export function addEnglish(strings: PartialTranslation): void {
  bundles.set('en', { ...bundles.get('en'), ...strings });
  if (pseudoLocalize) bundles.set(PSEUDO_LOCALE, { ...bundles.get(PSEUDO_LOCALE), ...pseudoLocalize(strings) });
}

/** The chain of bundles that answer for a locale, most specific first: fr-CA → fr → en, zh-HK → zh-TW → zh → en. */
export function chain(locale: string): readonly string[] {
  let out = chains.get(locale);
  if (!out) chains.set(locale, (out = chainOf(locale)));
  return out;
}
/** Each locale's chain, worked out once (every string looked up walks one). */
const chains = new Map<string, readonly string[]>();
function chainOf(locale: string): string[] {
  const out = [locale];
  for (let l = locale; ; ) {
    const base = BASES[l as Locale] ?? (l.includes('-') ? l.split('-')[0] : undefined);
    if (!base || out.includes(base)) break;
    out.push((l = base));
  }
  if (!out.includes('en')) out.push('en');
  return out;
}

const files = (locale: string, namespaces: readonly Namespace[]) =>
  chain(locale).flatMap((l) => namespaces.filter((ns) => loaders[l]?.[ns]).map((ns) => ({ locale: l, namespace: ns })));

/** True once every file of the chain for these namespaces has arrived (or failed). */
export function isLoaded(locale: string, namespaces: readonly Namespace[]): boolean {
  if (locale === PSEUDO_LOCALE) return bundles.has(PSEUDO_LOCALE);
  return files(locale, namespaces).every(({ locale: l, namespace }) => loaded.has(`${l}/${namespace}`));
}

/** Loads the files of a locale's chain for these namespaces. */
export function load(locale: string, namespaces: readonly Namespace[]): Promise<void> {
  if (locale === PSEUDO_LOCALE) {
    pseudo ??= import('./pseudo.js')
      .then((module) => {
        pseudoLocalize = module.pseudoLocalize;
        bundles.set(PSEUDO_LOCALE, pseudoLocalize(bundles.get('en')!));
      })
      .catch(() => void bundles.set(PSEUDO_LOCALE, {})) // cannot load: English answers
      .finally(notify);
    return pseudo;
  }
  const work = files(locale, namespaces)
    .filter(({ locale: l, namespace }) => !loaded.has(`${l}/${namespace}`))
    .map(({ locale: l, namespace }) => {
      const id = `${l}/${namespace}`;
      let running = pending.get(id);
      if (!running) {
        running = loaders[l]![namespace]!()
          .then((module) => void bundles.set(l, { ...bundles.get(l), ...module.default }))
          .catch(() => undefined) // a bundle that cannot load: the next in the chain answers
          .finally(() => {
            loaded.add(id);
            pending.delete(id);
            notify();
          });
        pending.set(id, running);
      }
      return running;
    });
  return Promise.all(work).then(() => undefined);
}

function notify(): void {
  for (const listener of [...listeners]) listener();
}

/** Tells every element to render its strings again (a session's `strings` or `locale` changed). */
export function stringsChanged(): void {
  notify();
}

/** Hears each bundle arriving. */
export function onBundle(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A term for a locale: merchant overrides first (`extra`, then registered), then the bundles of the chain. */
export function lookup<K extends keyof Translation>(
  locale: string,
  key: K,
  extra?: Partial<Record<string, PartialTranslation>>,
): Translation[K] {
  for (const l of chain(locale)) {
    const value = extra?.[l]?.[key] ?? overrides.get(l)?.[key] ?? bundles.get(l)?.[key];
    if (value !== undefined) return value as Translation[K];
  }
  return key as unknown as Translation[K]; // an element that did not declare the key's namespace: visible, not blank
}

/**
 * Overrides some strings of a locale for every element of this kit on the page, e.g.
 * `registerTranslation('de', { 'invoices.title': 'Ihre Rechnungen' })`. Type-checked
 * against the English bundle.
 */
export function registerTranslation(locale: Locale | typeof PSEUDO_LOCALE, strings: PartialTranslation): void {
  overrides.set(locale, { ...overrides.get(locale), ...strings });
  notify();
}

export { namespaceOf };
