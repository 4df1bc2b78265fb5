import { Observable } from './resource.js';

export interface SessionTimes {
  /** When the session ends without further activity. */
  expiresAt: number;
  /** Inactivity that ends a session, in ms. */
  idleTimeoutMs: number;
  /** The absolute cap, whatever the activity. */
  absoluteExpiresAt: number;
  /** How long before the end the customer is warned, in ms (at least 60 s). */
  warnBeforeMs: number;
}

export interface SessionClockState {
  phase: 'unknown' | 'active' | 'warning' | 'expired';
  expiresAt?: number;
  /** Whether activity can still push the end back (false near the absolute cap). */
  extendable: boolean;
}

/**
 * Tracks when a session ends: each answer from the API counts as activity and moves the
 * idle end back (never past the absolute cap). Turns to `warning` `warnBeforeMs` before
 * the end and to `expired` at the end.
 */
export class SessionClock extends Observable<SessionClockState> {
  #times?: SessionTimes;
  #timer?: ReturnType<typeof setTimeout>;
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    super({ phase: 'unknown', extendable: true });
    this.#now = now;
  }

  /** Starts from the times the server gave (bootstrap). */
  start(times: SessionTimes): void {
    this.#times = { ...times, warnBeforeMs: Math.max(60_000, times.warnBeforeMs) };
    this.#schedule();
  }

  /** The API answered this session: the idle end moves back. */
  activity(): void {
    const times = this.#times;
    if (!times || this.state.phase === 'expired') return;
    times.expiresAt = Math.min(times.absoluteExpiresAt, this.#now() + times.idleTimeoutMs);
    this.#schedule();
  }

  /** The server said the session is over. */
  expire(): void {
    clearTimeout(this.#timer);
    if (this.state.phase !== 'expired') this.set({ phase: 'expired', expiresAt: this.#times?.expiresAt, extendable: false });
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    const times = this.#times!;
    const now = this.#now();
    const extendable = times.absoluteExpiresAt - now > times.warnBeforeMs;
    if (now >= times.expiresAt) return this.expire();
    const warnAt = times.expiresAt - times.warnBeforeMs;
    const phase = now >= warnAt ? 'warning' : 'active';
    if (phase !== this.state.phase || times.expiresAt !== this.state.expiresAt || extendable !== this.state.extendable) {
      this.set({ phase, expiresAt: times.expiresAt, extendable });
    }
    const next = phase === 'active' ? warnAt : times.expiresAt;
    // Timers far in the future are clamped by browsers; wake up at least every hour.
    this.#timer = setTimeout(() => this.#schedule(), Math.min(Math.max(0, next - now), 3_600_000));
  }

  dispose(): void {
    clearTimeout(this.#timer);
    this.clearListeners();
  }
}
