/**
 * The shared store of one portal session: it owns the API client, every resource, the
 * session clock and the connectivity state. Elements read from it through the session
 * context and never build a URL.
 */
import { PortalApiClient, type ApiClientOptions, type Invoice, type InvoiceList, type ResponseOf } from './api-client.js';
import { Connectivity } from './connectivity.js';
import { PortalError } from './errors.js';
import { PagedResource, Resource, type Refreshable } from './resource.js';
import { SessionClock } from './session-clock.js';

export const INVOICE_PAGE_SIZE = 20;

export type Bootstrap = ResponseOf<'/v1/bootstrap', 'get'>;
export type SubscriptionList = ResponseOf<'/v1/subscriptions', 'get'>;
export type PaymentMethodList = ResponseOf<'/v1/payment-methods', 'get'>;
export type CustomerProfile = ResponseOf<'/v1/customer', 'get'>;
export type LicenseKeyList = ResponseOf<'/v1/license-keys', 'get'>;
export type PlanList = ResponseOf<'/v1/plans', 'get'>;

/** Names of the resources the store shares; a mutation says which ones it affects. */
export type ResourceKey = 'bootstrap' | 'invoices' | 'subscriptions' | 'payment_methods' | 'customer' | 'license_keys' | 'plans';

/** The resources the bootstrap can bring along (`GET /v1/bootstrap?include=…`). */
export type IncludableKey = keyof NonNullable<Bootstrap['included']>;
const INCLUDABLE: ReadonlySet<string> = new Set<IncludableKey>(['subscriptions', 'payment_methods', 'invoices', 'customer', 'license_keys']);
const includable = (key: ResourceKey): key is IncludableKey => INCLUDABLE.has(key);

/**
 * The session's first bootstrap request, while it gathers what to include: it is sent
 * one task after the first resource is asked for, so every element connected in the same
 * page load gets its list with it.
 */
interface Batch {
  keys: Set<IncludableKey>;
  /** Still taking keys (not sent yet). */
  open: boolean;
  /** Answered (or failed). */
  settled: boolean;
  answer: Promise<Bootstrap>;
  /** Sends it now (every includable list has been asked for: nothing else can join). */
  send(): void;
}

export interface StoreOptions extends Omit<ApiClientOptions, 'observer'> {
  /** The locale the merchant asked for, if any. */
  locale?: string;
  /** Called when the server says the session is over (expired or revoked). */
  onSessionEnded?: (error: PortalError) => void;
  /**
   * Called (in a task of its own) once the first request has left: time the page spends
   * waiting anyway, e.g. to build the first formatters (the session does).
   */
  whileWaiting?: () => void;
}

export class PortalStore {
  readonly client: PortalApiClient;
  readonly clock = new SessionClock();
  readonly connectivity: Connectivity;
  /** The locale the merchant asked for on `<portal-session>`. */
  readonly requestedLocale: string | undefined;
  readonly #resources = new Map<ResourceKey, Refreshable>();
  readonly #abort = new AbortController();
  /** The session's first bootstrap request while it gathers or waits for its answer. */
  #batch?: Batch;
  /** Whether that first request has been opened (there is only one). */
  #batched = false;
  /** Lists that came with the bootstrap, until their resource is first loaded. */
  readonly #included = new Map<ResourceKey, unknown>();

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
    this.#whileWaiting = options.whileWaiting;
    const onSessionEnded = options.onSessionEnded;
    this.#onEnded = (error) => {
      this.clock.expire();
      onSessionEnded?.(error);
    };
  }

  readonly #onEnded: (error: PortalError) => void;
  readonly #whileWaiting?: () => void;

  /** The language that applies: the merchant's choice, else the session's from the server. */
  get locale(): string | undefined {
    return this.requestedLocale ?? this.bootstrap.state.data?.locale ?? undefined;
  }

  /**
   * The session, the customer, the business's branding and features, the deep-link flow.
   * Its first load is the batch that brings the lists asked for meanwhile; later loads
   * read it alone.
   */
  get bootstrap(): Resource<Bootstrap> {
    let bootstrap = this.#resources.get('bootstrap') as Resource<Bootstrap> | undefined;
    if (!bootstrap) {
      bootstrap = new Resource<Bootstrap>((signal) => this.#join('bootstrap') ?? this.#readBootstrap([], signal));
      this.#resources.set('bootstrap', bootstrap);
    }
    return bootstrap;
  }

  /** The customer's subscriptions (canceled ones included): one request however many elements show them. */
  get subscriptions(): Resource<SubscriptionList> {
    return this.resource('subscriptions', (signal) => this.client.call('get', '/v1/subscriptions', { signal }));
  }

  /** The customer's payment methods. */
  get paymentMethods(): Resource<PaymentMethodList> {
    return this.resource('payment_methods', (signal) => this.client.call('get', '/v1/payment-methods', { signal }));
  }

  /** The customer's profile and which fields they may change. */
  get customer(): Resource<CustomerProfile> {
    return this.resource('customer', (signal) => this.client.call('get', '/v1/customer', { signal }));
  }

  /** The customer's license keys. */
  get licenseKeys(): Resource<LicenseKeyList> {
    return this.resource('license_keys', (signal) => this.client.call('get', '/v1/license-keys', { signal }));
  }

  /** The plans of the plan picker. */
  get plans(): Resource<PlanList> {
    return this.resource('plans', (signal) => this.client.call('get', '/v1/plans', { signal }));
  }

  /** The customer's invoice history, newest first, a page at a time. */
  get invoices(): PagedResource<Invoice> {
    let invoices = this.#resources.get('invoices') as PagedResource<Invoice> | undefined;
    if (!invoices) {
      invoices = new PagedResource<Invoice>(async (cursor, signal) => {
        const page = () => this.#read(() => this.client.listInvoices({ limit: INVOICE_PAGE_SIZE, startingAfter: cursor ?? undefined, signal }));
        // The first page may come with the bootstrap (the server's default page size, which is this one).
        const list: InvoiceList = cursor === null ? await this.#load('invoices', page) : await page();
        return { items: list.data, hasMore: list.has_more, cursor: list.next_cursor };
      });
      this.#resources.set('invoices', invoices);
    }
    return invoices;
  }

  /**
   * The shared resource under `key`, made with `load` the first time it is asked for.
   * A list the bootstrap can include, asked for before the session's first bootstrap
   * request is sent, comes with it instead of a request of its own.
   */
  resource<T>(key: ResourceKey, load: (signal: AbortSignal) => Promise<T>): Resource<T> {
    let resource = this.#resources.get(key) as Resource<T> | undefined;
    if (!resource) {
      resource = new Resource<T>((signal) => this.#load(key, () => this.#read(() => load(signal))));
      this.#resources.set(key, resource);
    }
    return resource;
  }

  /**
   * Asks for these lists with the session's first bootstrap, if it has not been sent yet,
   * without loading them now: an element that shows one later finds it there and makes no
   * request (`<portal-app>` asks for its sections' lists before it knows which it shows).
   * A list the server leaves out (turned off, or a server without `include`) loads on its
   * own when asked for.
   */
  prefetch(keys: IncludableKey[]): void {
    const batch = this.#batch ?? (this.#batched ? undefined : this.#openBatch());
    if (batch?.open) this.#ask(batch, keys);
  }

  /** Adds lists to an open batch; sends it at once when every includable list is in. */
  #ask(batch: Batch, keys: Iterable<IncludableKey>): void {
    for (const key of keys) batch.keys.add(key);
    if (batch.keys.size === INCLUDABLE.size) batch.send();
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
    for (const key of keys) this.#included.delete(key); // out of date now
    await Promise.all(keys.map((key) => this.#resources.get(key)?.refresh()));
  }

  /** Ends this store: requests in flight are aborted, timers stopped, data dropped. */
  dispose(): void {
    this.#abort.abort();
    for (const resource of this.#resources.values()) resource.dispose();
    this.#resources.clear();
    this.#included.clear();
    this.clock.dispose();
    this.connectivity.dispose();
  }

  /**
   * The batch `key` can still join: the open one, or (for the bootstrap, and a list it
   * includes) the one in flight; the first resource asked for opens it. Undefined once the
   * session's first bootstrap has been sent without it.
   */
  #join(key: IncludableKey | 'bootstrap'): Promise<Bootstrap> | undefined {
    const batch = this.#batch ?? (this.#batched ? undefined : this.#openBatch());
    if (!batch || batch.settled) return undefined;
    if (batch.open && key !== 'bootstrap') this.#ask(batch, [key]);
    return batch.open || key === 'bootstrap' || batch.keys.has(key as IncludableKey) ? batch.answer : undefined;
  }

  #openBatch(): Batch {
    this.#batched = true;
    const keys = new Set<IncludableKey>();
    // One task: elements connected in the same page load have asked by then. Sooner when
    // every list is in (`<portal-app>` asks for all of them before rendering anything).
    let send!: () => void;
    const answer = new Promise<void>((resolve) => {
      send = resolve;
      setTimeout(resolve);
    }).then(() => {
      batch.open = false;
      const reading = this.#readBootstrap([...keys], this.#abort.signal);
      if (this.#whileWaiting) setTimeout(this.#whileWaiting); // while the answer travels, not before the request leaves
      return reading;
    });
    const batch: Batch = { keys, open: true, settled: false, answer, send };
    const settle = () => {
      batch.settled = true;
      this.#batch = undefined;
    };
    answer.then(settle, settle);
    this.#batch = batch;
    // The bootstrap is the batch: loaded with it, whoever asked first.
    if (this.bootstrap.state.status === 'idle') void this.bootstrap.load();
    return batch;
  }

  /** Reads the bootstrap (with `include`), starts the session clock and keeps what came included. */
  async #readBootstrap(include: IncludableKey[], signal: AbortSignal): Promise<Bootstrap> {
    const query = include.length ? { include: include.join(',') } : undefined;
    const bootstrap = await this.#read(() => this.client.call('get', '/v1/bootstrap', { query, signal }));
    const session = bootstrap.session;
    this.clock.start({
      expiresAt: Date.parse(session.expires_at),
      absoluteExpiresAt: Date.parse(session.absolute_expires_at),
      idleTimeoutMs: session.idle_timeout_seconds * 1000,
      warnBeforeMs: session.warn_before_seconds * 1000,
    });
    for (const key of include) {
      const list = bootstrap.included?.[key];
      if (list) this.#included.set(key, list);
    }
    return bootstrap;
  }

  /**
   * Loads a resource: from the bootstrap when it came (or comes) included, else with
   * `own`, its own request. A failed bootstrap fails the lists waiting for it (the
   * session already heard why); trying again is then a request of their own.
   */
  async #load<T>(key: ResourceKey, own: () => Promise<T>): Promise<T> {
    if (includable(key)) {
      const batch = this.#join(key);
      if (batch) await batch;
      const included = this.#included.get(key);
      if (included !== undefined) {
        this.#included.delete(key); // used once: a later load reads it afresh
        return included as T;
      }
    }
    return own();
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
