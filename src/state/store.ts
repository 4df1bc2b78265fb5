/**
 * The shared store of one portal session: it owns the API client, every resource, the
 * session clock and the connectivity state. Elements read from it through the session
 * context and never build a URL.
 */
import { PortalApiClient, type ApiClientOptions, type Invoice, type ResponseOf } from './api-client.js';
import { Connectivity } from './connectivity.js';
import { PortalError } from './errors.js';
import { PagedResource, Resource, type Refreshable } from './resource.js';
import { SessionClock } from './session-clock.js';

export const INVOICE_PAGE_SIZE = 20;

export type Bootstrap = ResponseOf<'/v1/bootstrap', 'get'>;

/** Names of the resources the store shares; a mutation says which ones it affects. */
export type ResourceKey = 'bootstrap' | 'invoices' | 'subscriptions' | 'payment_methods' | 'customer' | 'license_keys' | 'plans';

export interface StoreOptions extends Omit<ApiClientOptions, 'observer'> {
  /** The locale the merchant asked for, if any. */
  locale?: string;
  /** Called when the server says the session is over (expired or revoked). */
  onSessionEnded?: (error: PortalError) => void;
}

export class PortalStore {
  readonly client: PortalApiClient;
  readonly clock = new SessionClock();
  readonly connectivity: Connectivity;
  /** The locale the merchant asked for on `<portal-session>`. */
  readonly requestedLocale: string | undefined;
  readonly #resources = new Map<ResourceKey, Refreshable>();
  readonly #abort = new AbortController();

  constructor(options: StoreOptions) {
    this.requestedLocale = options.locale || undefined;
    this.connectivity = new Connectivity(() => void this.refresh([...this.#resources.keys()]));
    this.client = new PortalApiClient({
      ...options,
      observer: {
        response: (response) => {
          this.connectivity.reached();
          if (response.status !== 401) this.clock.activity();
        },
        unreachable: (error) => {
          if (error.kind === 'network') this.connectivity.unreachable();
        },
      },
    });
    const onSessionEnded = options.onSessionEnded;
    this.#onEnded = (error) => {
      this.clock.expire();
      onSessionEnded?.(error);
    };
  }

  readonly #onEnded: (error: PortalError) => void;

  /** The language that applies: the merchant's choice, else the session's from the server. */
  get locale(): string | undefined {
    return this.requestedLocale ?? this.bootstrap.state.data?.locale ?? undefined;
  }

  /** The session, the customer, the business's branding and features, the deep-link flow. */
  get bootstrap(): Resource<Bootstrap> {
    return this.resource('bootstrap', async (signal) => {
      const bootstrap = await this.#read(() => this.client.call('get', '/v1/bootstrap', { signal }));
      const session = bootstrap.session;
      this.clock.start({
        expiresAt: Date.parse(session.expires_at),
        absoluteExpiresAt: Date.parse(session.absolute_expires_at),
        idleTimeoutMs: session.idle_timeout_seconds * 1000,
        warnBeforeMs: session.warn_before_seconds * 1000,
      });
      return bootstrap;
    });
  }

  /** The customer's invoice history, newest first, a page at a time. */
  get invoices(): PagedResource<Invoice> {
    let invoices = this.#resources.get('invoices') as PagedResource<Invoice> | undefined;
    if (!invoices) {
      invoices = new PagedResource<Invoice>(async (cursor, signal) => {
        const list = await this.#read(() =>
          this.client.listInvoices({ limit: INVOICE_PAGE_SIZE, startingAfter: cursor ?? undefined, signal }),
        );
        return { items: list.data, hasMore: list.has_more, cursor: list.next_cursor };
      });
      this.#resources.set('invoices', invoices);
    }
    return invoices;
  }

  /** The shared resource under `key`, made with `load` the first time it is asked for. */
  resource<T>(key: ResourceKey, load: (signal: AbortSignal) => Promise<T>): Resource<T> {
    let resource = this.#resources.get(key) as Resource<T> | undefined;
    if (!resource) {
      resource = new Resource<T>((signal) => this.#read(() => load(signal)));
      this.#resources.set(key, resource);
    }
    return resource;
  }

  /** Whether billing actions can run now (online, session not over). */
  get canMutate(): boolean {
    return this.connectivity.state.online && this.clock.state.phase !== 'expired';
  }

  /**
   * Runs a billing action. Refused while offline. Afterwards exactly the `affects`
   * resources refresh, and every element showing them updates. When the outcome is
   * unknown (no answer), the affected resources are read again so the screen shows
   * what really happened; the action is never sent again with a new key.
   */
  async mutate<T>(run: (signal: AbortSignal) => Promise<T>, options: { affects: ResourceKey[] }): Promise<T> {
    if (!this.connectivity.state.online) {
      throw new PortalError('offline', 'You are offline. Billing actions are paused until you reconnect.');
    }
    try {
      const result = await this.#read(() => run(this.#abort.signal));
      void this.refresh(options.affects);
      return result;
    } catch (error) {
      const portalError = error as PortalError;
      if (portalError.details?.outcomeUnknown || portalError.kind === 'conflict') void this.refresh(options.affects);
      throw error;
    }
  }

  /** Reads again the given resources that have been loaded. */
  async refresh(keys: ResourceKey[]): Promise<void> {
    await Promise.all(keys.map((key) => this.#resources.get(key)?.refresh()));
  }

  /** Ends this store: requests in flight are aborted, timers stopped, data dropped. */
  dispose(): void {
    this.#abort.abort();
    for (const resource of this.#resources.values()) resource.dispose();
    this.#resources.clear();
    this.clock.dispose();
    this.connectivity.dispose();
  }

  /** Runs a call; an expired or revoked session ends the session everywhere. */
  async #read<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if (error instanceof PortalError && (error.kind === 'expired' || error.kind === 'unauthenticated')) this.#onEnded(error);
      throw error;
    }
  }
}
