import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Subscribable } from './resource.js';

/**
 * Keeps a host subscribed to whichever resource `select` returns (it may change when
 * the session does) and re-renders the host on every change of that resource.
 */
export class ResourceController<S> implements ReactiveController {
  #resource?: Subscribable<S>;
  #unsubscribe?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly select: () => Subscribable<S> | undefined,
  ) {
    host.addController(this);
  }

  /** The current state, or undefined while there is no resource (no session). */
  get state(): S | undefined {
    return this.#resource?.state;
  }

  hostConnected(): void {
    this.#bind();
  }

  hostUpdate(): void {
    this.#bind();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#resource = undefined;
  }

  #bind(): void {
    const next = this.select();
    if (next === this.#resource) return;
    this.#unsubscribe?.();
    this.#resource = next;
    this.#unsubscribe = next?.subscribe(() => this.host.requestUpdate());
  }
}
