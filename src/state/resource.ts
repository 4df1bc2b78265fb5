/**
 * Resources: the store's unit of shared data. However many elements show a resource,
 * it is fetched once; concurrent loads coalesce; every subscriber hears each change.
 */
import { PortalError } from './errors.js';

export type Listener = () => void;

/** Something an element can show and keep up to date with. */
export interface Subscribable<S> {
  readonly state: S;
  subscribe(listener: Listener): () => void;
}

/** What every resource can do for the store. */
export interface Refreshable {
  /** Loads again if anyone has loaded it (keeping what is shown until the answer). */
  refresh(): Promise<void>;
  dispose(): void;
}

const asPortalError = (error: unknown) =>
  error instanceof PortalError ? error : new PortalError('server', error instanceof Error ? error.message : String(error), { cause: error });

/** A small observable base. */
class Observable<S> implements Subscribable<S> {
  #state: S;
  readonly #listeners = new Set<Listener>();

  constructor(initial: S) {
    this.#state = initial;
  }

  get state(): S {
    return this.#state;
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  protected get listenerCount(): number {
    return this.#listeners.size;
  }

  protected set(state: S): void {
    this.#state = state;
    for (const listener of [...this.#listeners]) listener();
  }

  protected clearListeners(): void {
    this.#listeners.clear();
  }
}

export interface ResourceState<T> {
  status: 'idle' | 'loading' | 'ready' | 'error';
  data?: T;
  error?: PortalError;
  /** A refresh is running; `data` is what was there before. */
  refreshing: boolean;
}

/**
 * One value from the API (the bootstrap, the subscriptions list…). The first
 * subscriber starts the load.
 */
export class Resource<T> extends Observable<ResourceState<T>> implements Refreshable {
  #running?: Promise<void>;
  readonly #abort = new AbortController();
  readonly #load: (signal: AbortSignal) => Promise<T>;

  constructor(load: (signal: AbortSignal) => Promise<T>) {
    super({ status: 'idle', refreshing: false });
    this.#load = load;
  }

  override subscribe(listener: Listener): () => void {
    const unsubscribe = super.subscribe(listener);
    if (this.state.status === 'idle') void this.load();
    return unsubscribe;
  }

  /** Loads (or returns the load already running). */
  load(): Promise<void> {
    if (this.#running) return this.#running;
    const hadData = this.state.data !== undefined;
    this.set({ ...this.state, status: hadData ? this.state.status : 'loading', refreshing: hadData, error: undefined });
    const running = this.#load(this.#abort.signal).then(
      (data) => this.set({ status: 'ready', data, refreshing: false }),
      (error: unknown) => {
        if (this.#abort.signal.aborted) return;
        this.set({ ...this.state, status: hadData ? 'ready' : 'error', refreshing: false, error: asPortalError(error) });
      },
    );
    this.#running = running.finally(() => (this.#running = undefined));
    return this.#running;
  }

  refresh(): Promise<void> {
    return this.state.status === 'idle' ? Promise.resolve() : this.load();
  }

  /** Puts a value the server returned (e.g. from a mutation) in place without a request. */
  put(data: T): void {
    this.set({ status: 'ready', data, refreshing: false });
  }

  dispose(): void {
    this.#abort.abort();
    this.clearListeners();
  }
}

export interface PageState<T> {
  status: 'idle' | 'loading' | 'ready' | 'error';
  items: readonly T[];
  hasMore: boolean;
  /** A next page is being fetched. */
  loadingMore: boolean;
  /** The last load's error (first page or a next page); the items already shown stay. */
  error?: PortalError;
  /**
   * How many items of the whole list come before `items[0]`: older pages loaded past
   * `maxItems` drop the newest-loaded items from the front (0 until that happens).
   */
  offset: number;
  /** Counts the first-page loads that succeeded: it changes when the list starts over with fresh data. */
  generation: number;
}

export interface PagedResourceOptions {
  /**
   * The most items kept in memory (and so rendered). Loading more past it drops the
   * items at the front, so a customer with 10,000 invoices never holds them all.
   * Default: no limit.
   */
  maxItems?: number;
}

export interface Page<T> {
  items: T[];
  hasMore: boolean;
  cursor: string | null;
}

export type PageLoader<T> = (cursor: string | null, signal: AbortSignal) => Promise<Page<T>>;

/**
 * A cursor-paginated list, newest first. The first subscriber starts the first page;
 * `loadMore` appends the next one. Both coalesce: calling them while a load runs
 * returns the running load.
 */
export class PagedResource<T> extends Observable<PageState<T>> implements Refreshable {
  #cursor: string | null = null;
  #running?: Promise<void>;
  #maxItems = Infinity;
  readonly #abort = new AbortController();
  readonly #load: PageLoader<T>;

  constructor(load: PageLoader<T>, options: PagedResourceOptions = {}) {
    super({ status: 'idle', items: [], hasMore: false, loadingMore: false, offset: 0, generation: 0 });
    this.#load = load;
    if (options.maxItems !== undefined) this.maxItems = options.maxItems;
  }

  /** The most items kept (see `PagedResourceOptions.maxItems`); applies from the next page loaded. */
  get maxItems(): number {
    return this.#maxItems;
  }

  set maxItems(value: number) {
    this.#maxItems = Number.isFinite(value) && value >= 1 ? Math.floor(value) : Infinity;
  }

  override subscribe(listener: Listener): () => void {
    const unsubscribe = super.subscribe(listener);
    if (this.state.status === 'idle') void this.reload();
    return unsubscribe;
  }

  /** Loads the first page again (after an error, or to refresh). */
  reload(): Promise<void> {
    if (this.#running) return this.#running;
    const keep = this.state.status === 'ready';
    this.set({ ...this.state, status: keep ? 'ready' : 'loading', error: undefined });
    return this.#run(null, (page) => ({
      status: 'ready',
      items: page.items,
      hasMore: page.hasMore,
      loadingMore: false,
      offset: 0,
      generation: this.state.generation + 1,
    }));
  }

  refresh(): Promise<void> {
    return this.state.status === 'idle' ? Promise.resolve() : this.reload();
  }

  /** Appends the next page; past `maxItems`, the items at the front are dropped. */
  loadMore(): Promise<void> {
    if (this.#running) return this.#running;
    if (this.state.status !== 'ready' || !this.state.hasMore) return Promise.resolve();
    this.set({ ...this.state, loadingMore: true, error: undefined });
    return this.#run(this.#cursor, (page) => {
      const items = [...this.state.items, ...page.items];
      const drop = Math.max(0, items.length - this.#maxItems);
      return {
        ...this.state,
        status: 'ready',
        items: drop ? items.slice(drop) : items,
        hasMore: page.hasMore,
        loadingMore: false,
        offset: this.state.offset + drop,
      };
    });
  }

  /** Stops any load in flight; the resource is not used again. */
  dispose(): void {
    this.#abort.abort();
    this.clearListeners();
  }

  #run(cursor: string | null, next: (page: Page<T>) => PageState<T>): Promise<void> {
    const running = this.#load(cursor, this.#abort.signal).then(
      (page) => {
        this.#cursor = page.cursor;
        this.set(next(page));
      },
      (error: unknown) => {
        if (this.#abort.signal.aborted) return;
        const failedFirst = this.state.status === 'loading';
        this.set({ ...this.state, status: failedFirst ? 'error' : 'ready', loadingMore: false, error: asPortalError(error) });
      },
    );
    this.#running = running.finally(() => (this.#running = undefined));
    return this.#running;
  }
}

export { Observable };
