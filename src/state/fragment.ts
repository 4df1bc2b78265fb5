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
