/**
 * Tokens that arrive in the page's URL fragment: `#portal_session=<token>` (a session)
 * or `#portal_login=<token>` (a one-time login link, exchanged for a session). They are
 * taken out of the address bar at once (history.replaceState) and kept in memory only.
 */
export type FragmentToken = { kind: 'session' | 'login'; token: string };

let captured: FragmentToken | undefined;

/** Takes a portal token out of `location.hash`, once; later calls return what was taken. */
export function captureFragmentToken(): FragmentToken | undefined {
  const location = globalThis.location;
  if (!location?.hash) return captured;
  const params = new URLSearchParams(location.hash.slice(1));
  const session = params.get('portal_session');
  const login = params.get('portal_login');
  if (!session && !login) return captured;
  params.delete('portal_session');
  params.delete('portal_login');
  const rest = params.toString();
  const url = `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`;
  globalThis.history?.replaceState(globalThis.history.state, '', url);
  captured = session ? { kind: 'session', token: session } : { kind: 'login', token: login! };
  return captured;
}

/** Hands the captured token to its one user; it is forgotten afterwards. */
export function takeFragmentToken(): FragmentToken | undefined {
  const token = captureFragmentToken();
  captured = undefined;
  return token;
}

/** What the provider's hosted pages put in the fragment when they send the customer back. */
export type FragmentReturnKey = 'portal_setup' | 'portal_paid';

/**
 * Takes `#portal_setup=<payment method id>` (back from adding a payment method) or
 * `#portal_paid=<invoice id>` (back from paying an invoice) out of `location.hash`:
 * the address bar loses it at once (history.replaceState, the rest of the fragment
 * kept), so a reload or a shared link does not replay it. Each value is handed out once.
 */
export function takeFragmentReturn(key: FragmentReturnKey): string | undefined {
  const location = globalThis.location;
  if (!location?.hash) return undefined;
  const params = new URLSearchParams(location.hash.slice(1));
  const value = params.get(key);
  if (value === null) return undefined;
  params.delete(key);
  const rest = params.toString();
  const url = `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`;
  globalThis.history?.replaceState(globalThis.history.state, '', url);
  return value || undefined;
}
