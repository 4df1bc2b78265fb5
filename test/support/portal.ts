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
