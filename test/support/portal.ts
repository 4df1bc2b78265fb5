/**
 * Browser-side helpers for component tests: a real session on the reference server,
 * and request counting through the Resource Timing API (no fetch stubbing).
 */
import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Which reference server: `default`; `short` (sessions idle out after 63 s, so the
 * one-minute warning shows at once); `brief` (sessions end 6 s after creation).
 */
export type ServerProfile = 'default' | 'short' | 'brief';

const apiBases = new Map<ServerProfile, string>();

export async function serverApiBase(profile: ServerProfile = 'default'): Promise<string> {
  if (!apiBases.has(profile)) {
    apiBases.set(profile, ((await executeServerCommand('portal-server', { profile })) as { apiBase: string }).apiBase);
  }
  return apiBases.get(profile)!;
}

/** A new portal session token for `customer`, from the merchant API. */
export async function sessionToken(customer = 'cus_demo', profile: ServerProfile = 'default', extra: Record<string, unknown> = {}): Promise<string> {
  return ((await executeServerCommand('portal-session', { customer, profile, ...extra })) as { token: string }).token;
}

export interface FreshCustomer {
  customer: string;
  email: string;
  /** Seeded id → this copy's id (e.g. `ids.sub_demo_pro`). */
  ids: Record<string, string>;
  token: string;
}

/**
 * A new copy of a seeded customer (cus_demo by default: its five subscriptions, three
 * cards, 36 invoices, two license keys) with a session, for a test that changes things.
 */
export async function freshCustomer(
  template: 'cus_demo' | 'cus_invoice_only' | 'cus_methods' | 'cus_new' = 'cus_demo',
  profile: ServerProfile = 'default',
  extra: Record<string, unknown> = {},
): Promise<FreshCustomer> {
  return (await executeServerCommand('portal-fresh-customer', { customer: template, profile, ...extra })) as FreshCustomer;
}

/** A one-time login link's token for `customer` (POST /v1/login-links). */
export async function loginLinkToken(customer = 'cus_demo', profile: ServerProfile = 'default'): Promise<string> {
  return ((await executeServerCommand('portal-login-link', { customer, profile })) as { token: string }).token;
}

export interface OutboxEmail {
  id: string;
  to: string;
  subject: string;
  text: string;
  kind: string;
  created_at: string;
}

/** The dev outbox (GET /v1/dev/outbox), newest first. */
export async function outbox(to?: string, profile: ServerProfile = 'default'): Promise<OutboxEmail[]> {
  return ((await executeServerCommand('portal-outbox', { to, profile })) as { data: OutboxEmail[] }).data;
}

/**
 * Wraps a test's `fetch` stub so the session's bootstrap asks for no list (`include`), as
 * to a server from before it: every list is then read from its own endpoint, where the
 * stub injects its fault or changes the answer.
 */
export function listsOnTheirOwn(stub: typeof fetch): typeof fetch {
  return (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (!url.pathname.endsWith('/bootstrap') || !url.searchParams.has('include')) return stub(input, init);
    url.searchParams.delete('include');
    return stub(input instanceof Request ? new Request(url, input) : url.href, init);
  };
}

/** How many requests the page made to URLs starting with `prefix` (and matching `path`, if given). */
export function requestsTo(prefix: string, path?: RegExp): number {
  return performance
    .getEntriesByType('resource')
    .filter((entry) => entry.name.startsWith(prefix) && (!path || path.test(new URL(entry.name).pathname))).length;
}

/**
 * Resolves once a `<portal-session>` (or `<portal-app>`) has read its session — whether
 * that happened before this was called or not (unlike waiting for the event, which may
 * already have fired).
 */
export async function sessionReady(session: Element, timeout = 8000): Promise<void> {
  const started = Date.now();
  const ready = () => (session as unknown as { store?: { bootstrap: { state: { status: string } } } }).store?.bootstrap.state.status === 'ready';
  while (!ready()) {
    if (Date.now() - started > timeout) throw new Error('the session never became ready');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Resolves once the session shows that it ended (its panel), however fast that happened. */
export async function sessionEnded(session: Element, timeout = 8000): Promise<void> {
  const started = Date.now();
  while (!session.shadowRoot?.querySelector('[part="ended"]')) {
    if (Date.now() - started > timeout) throw new Error('the session never showed that it ended');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A merchant API call with the secret key (dev endpoints too): its status and body, whatever the status. */
export async function merchantCall(
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
  body?: unknown,
  profile: ServerProfile = 'default',
): Promise<{ status: number; body: any }> {
  return (await executeServerCommand('portal-merchant', { method, path, body, profile })) as { status: number; body: any };
}

/** What `POST /v1/dev/customers` takes: a template, and texts and links of the copy's own. */
export interface DevCustomerRequest {
  template?: 'cus_demo' | 'cus_invoice_only' | 'cus_methods' | 'cus_new';
  texts?: Record<string, string>;
  links?: Partial<Record<'privacy_policy_url' | 'terms_of_service_url' | 'logo_url' | 'icon_url' | 'default_return_url', string | null>>;
  every_payment_method?: boolean;
  discount?: { subscription: string; coupon: string };
}

/**
 * A new copy of a seeded customer with texts and links of its own (see
 * `POST /v1/dev/customers`) and a session for it. Throws with the server's error when
 * the copy is refused.
 */
export async function devCustomer(request: DevCustomerRequest, session: Record<string, unknown> = {}): Promise<FreshCustomer> {
  const { status, body } = await merchantCall('POST', '/v1/dev/customers', { template: 'cus_demo', ...request });
  if (status !== 201) throw new Error(`POST /v1/dev/customers: ${status} ${JSON.stringify(body)}`);
  const token = await sessionToken(body.id, 'default', session);
  return { customer: body.id, email: body.email, ids: body.ids, token };
}
