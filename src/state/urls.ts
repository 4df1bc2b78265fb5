/**
 * The only URLs the kit renders or follows: absolute http(s) on an allowed origin.
 * Anything else a server sends (`javascript:`, `data:`, relative or protocol-relative,
 * or an origin nobody declared) is refused.
 *
 * Allowed origins: the API's own (its hosted pages and PDFs), those the server declares
 * in the bootstrap (`link_origins`: the business's allowed origins and configured
 * links), and — for a way back only — the merchant page's own.
 */
import type { PortalStore } from './store.js';

/** An origin as the URL parser writes it (lowercase host, no default port), or undefined. */
function originOf(raw: string | undefined, base?: string): string | undefined {
  if (!raw) return undefined;
  try {
    const url = new URL(raw, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/** The origins a session's links may lead to: the API's own, and those its server declared. */
export function linkOrigins(store: PortalStore | undefined, declared: readonly string[] = []): Set<string> {
  const origins = new Set<string>();
  const add = (raw: string | undefined, base?: string) => {
    const origin = originOf(raw, base);
    if (origin) origins.add(origin);
  };
  if (store) {
    add(store.client.apiBase, globalThis.location?.href);
    for (const origin of store.bootstrap.state.data?.link_origins ?? []) add(origin);
  }
  for (const origin of declared) add(origin, globalThis.location?.href);
  return origins;
}

/** Where a way back (a return URL) may lead: the session's link origins and the merchant page's own origin. */
export function returnOrigins(store: PortalStore | undefined, declared: readonly string[] = []): Set<string> {
  const origins = linkOrigins(store, declared);
  const page = originOf(globalThis.location?.href);
  if (page) origins.add(page);
  return origins;
}

/** `raw` when it is an absolute http(s) URL on one of `allowed`'s origins; otherwise undefined. */
export function safeHttpUrl(raw: unknown, allowed: ReadonlySet<string>): string | undefined {
  if (typeof raw !== 'string' || !/^https?:\/\//i.test(raw)) return undefined;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    return allowed.has(url.origin) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
