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

export interface PageState<T> {
  status: 'idle' | 'loading' | 'ready' | 'error';
  items: readonly T[];
  hasMore: boolean;
  /** A next page is being fetched. */
  loadingMore: boolean;
  /** The last load's error (first page or a next page); the items already shown stay. */
  error?: PortalError;
}

export interface Page<T> {
  items: T[];
  hasMore: boolean;
  cursor: string | null;
}

export type PageLoader<T> = (cursor: string | null, signal: AbortSignal) => Promise<Page<T>>;

const asPortalError = (error: unknown) =>
  error instanceof PortalError ? error : new PortalError('server', error instanceof Error ? error.message : String(error), { cause: error });

/**
 * A cursor-paginated list, newest first. The first subscriber starts the first page;
 * `loadMore` appends the next one. Both coalesce: calling them while a load runs
 * returns the running load.
 */
export class PagedResource<T> implements Subscribable<PageState<T>> {
  #state: PageState<T> = { status: 'idle', items: [], hasMore: false, loadingMore: false };
  #cursor: string | null = null;
  #running?: Promise<void>;
  readonly #listeners = new Set<Listener>();
  readonly #abort = new AbortController();
  readonly #load: PageLoader<T>;

  constructor(load: PageLoader<T>) {
    this.#load = load;
  }

  get state(): PageState<T> {
    return this.#state;
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    if (this.#state.status === 'idle') void this.reload();
    return () => this.#listeners.delete(listener);
  }

  /** Loads the first page again (after an error, or to refresh). */
  reload(): Promise<void> {
    if (this.#running) return this.#running;
    this.#set({ ...this.#state, status: 'loading', error: undefined });
    return this.#run(null, (page) => ({ status: 'ready', items: page.items, hasMore: page.hasMore, loadingMore: false }));
  }

  /** Appends the next page. */
  loadMore(): Promise<void> {
    if (this.#running) return this.#running;
    if (this.#state.status !== 'ready' || !this.#state.hasMore) return Promise.resolve();
    this.#set({ ...this.#state, loadingMore: true, error: undefined });
    return this.#run(this.#cursor, (page) => ({
      status: 'ready',
      items: [...this.#state.items, ...page.items],
      hasMore: page.hasMore,
      loadingMore: false,
    }));
  }

  /** Stops any load in flight; the resource is not used again. */
  dispose(): void {
    this.#abort.abort();
    this.#listeners.clear();
  }

  #run(cursor: string | null, next: (page: Page<T>) => PageState<T>): Promise<void> {
    const running = this.#load(cursor, this.#abort.signal).then(
      (page) => {
        this.#cursor = page.cursor;
        this.#set(next(page));
      },
      (error: unknown) => {
        if (this.#abort.signal.aborted) return;
        const failedFirst = this.#state.status === 'loading';
        this.#set({ ...this.#state, status: failedFirst ? 'error' : 'ready', loadingMore: false, error: asPortalError(error) });
      },
    );
    this.#running = running.finally(() => (this.#running = undefined));
    return this.#running;
  }

  #set(state: PageState<T>): void {
    this.#state = state;
    for (const listener of [...this.#listeners]) listener();
  }
}
