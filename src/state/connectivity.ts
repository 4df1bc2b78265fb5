import { Observable } from './resource.js';

export interface ConnectivityState {
  /** False while the browser says it is offline or the API cannot be reached. */
  online: boolean;
}

/**
 * Whether billing actions can run: the browser's online state, and whether the last
 * request reached the API. Reconnecting refreshes what is shown (through `onReconnect`),
 * and never replays an action by itself.
 */
export class Connectivity extends Observable<ConnectivityState> {
  #browserOnline = globalThis.navigator?.onLine ?? true;
  #apiReachable = true;
  readonly #onReconnect: () => void;
  readonly #listen = () => this.#update();

  constructor(onReconnect: () => void) {
    super({ online: true });
    this.#onReconnect = onReconnect;
    globalThis.addEventListener?.('online', this.#listen);
    globalThis.addEventListener?.('offline', this.#listen);
    this.#update();
  }

  /** The API answered (any status). */
  reached(): void {
    if (!this.#apiReachable) {
      this.#apiReachable = true;
      this.#update();
    }
  }

  /** A request could not reach the API. */
  unreachable(): void {
    if (this.#apiReachable) {
      this.#apiReachable = false;
      this.#update();
    }
  }

  #update(): void {
    const wasOnline = this.state.online;
    this.#browserOnline = globalThis.navigator?.onLine ?? true;
    // The browser coming back online is a reason to try the API again.
    if (this.#browserOnline && !wasOnline) this.#apiReachable = true;
    const online = this.#browserOnline && this.#apiReachable;
    if (online !== wasOnline) {
      this.set({ online });
      if (online) this.#onReconnect();
    }
  }

  dispose(): void {
    globalThis.removeEventListener?.('online', this.#listen);
    globalThis.removeEventListener?.('offline', this.#listen);
    this.clearListeners();
  }
}
