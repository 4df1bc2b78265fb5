/**
 * Waiting until a page has stopped changing by itself: no short timer pending (a
 * fixture's delay, a retry's backoff, a language bundle's wait), no finite animation
 * running, and the DOM — through every open shadow root — the same for a while.
 *
 * `trackTimers` must be added as an init script before the page loads; `settle(page)`
 * then resolves once the page is quiet, or after `maxMs` whatever it is doing.
 */
import type { Page } from 'playwright-core';

/** Timers longer than this are not waited for: a story that stays busy for 3 s shows its busy state. */
export const SETTLE_TIMER_LIMIT_MS = 2500;

/** Init script: counts pending `setTimeout`s up to `limit` ms on `window.__pendingTimers`. */
export function trackTimers(limit: number): void {
  const pending = new Set<number>();
  const set = window.setTimeout.bind(window);
  const clear = window.clearTimeout.bind(window);
  (window as unknown as { __realSetTimeout: typeof setTimeout }).__realSetTimeout = set;
  (window as unknown as { __pendingTimers: () => number }).__pendingTimers = () => pending.size;
  window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const tracked = (Number(ms) || 0) <= limit;
    const id: number = set(() => {
      pending.delete(id);
      if (typeof handler === 'function') (handler as (...a: unknown[]) => void)(...args);
    }, ms);
    if (tracked) pending.add(id);
    return id;
  }) as typeof setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) pending.delete(id);
    clear(id);
  }) as typeof clearTimeout;
}

/** Resolves once `page` is quiet for `quietMs` (see above), or after `maxMs`. Returns whether it got quiet. */
export async function settle(page: Page, { quietMs = 300, maxMs = 8000 } = {}): Promise<boolean> {
  return page.evaluate(
    async ({ quietMs, maxMs }) => {
      const w = window as unknown as { __pendingTimers?: () => number; __realSetTimeout?: typeof setTimeout };
      const sleep = (ms: number) => new Promise((resolve) => (w.__realSetTimeout ?? setTimeout)(resolve, ms));
      /** Tags, attributes, text and form values of the whole tree, shadow roots included. */
      const snapshot = (): string => {
        const out: string[] = [];
        const walk = (node: Node) => {
          if (node instanceof Element) {
            out.push(`<${node.localName}`);
            for (const a of node.attributes) out.push(` ${a.name}=${a.value}`);
            if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement || node instanceof HTMLSelectElement) out.push(` value=${node.value}`);
            if (node instanceof HTMLDialogElement) out.push(` open=${node.open}`);
            if (node.shadowRoot) walk(node.shadowRoot);
          } else if (node.nodeType === Node.TEXT_NODE) {
            out.push(node.textContent ?? '');
          }
          for (const child of node.childNodes) walk(child);
        };
        walk(document.body);
        return out.join('');
      };
      const animating = () =>
        document.getAnimations().some((a) => a.playState === 'running' && a.effect?.getComputedTiming().iterations !== Infinity);
      const started = performance.now();
      let last = '';
      let quietSince = performance.now();
      while (performance.now() - started < maxMs) {
        await sleep(50);
        const now = snapshot();
        if (now !== last || (w.__pendingTimers?.() ?? 0) > 0 || animating()) {
          last = now;
          quietSince = performance.now();
        } else if (performance.now() - quietSince >= quietMs) {
          return true;
        }
      }
      return false;
    },
    { quietMs, maxMs },
  );
}

/**
 * Init script for functions that Playwright runs in the page: tsx compiles the tests with
 * esbuild's `keepNames`, which wraps named inner functions in a `__name()` call that
 * exists only in Node.
 */
export const NAME_SHIM = { content: 'globalThis.__name ??= (fn) => fn;' };
