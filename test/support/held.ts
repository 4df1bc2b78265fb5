/**
 * A slow network, on demand, for double-submit tests: each mutation (any request but GET
 * and HEAD, unless told otherwise) goes to the real server at once, but its response is
 * held back until the test releases it. A dialog therefore stays open, and its confirm
 * button busy and focused, for as long as the test presses keys — no race with a fast
 * loopback server. Every request is counted by method and path as it is sent.
 */
import { waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

export interface SentRequest {
  method: string;
  path: string;
}

export interface HeldNetwork {
  /** The fetch to give `<portal-session>` (or `<portal-login>`). */
  fetch: typeof fetch;
  /** Lets every held response through, and every later one until `hold()`. */
  release(): void;
  /** Holds the responses of requests sent from now on (the start state). */
  hold(): void;
  /** Every request sent so far, in order. */
  readonly sent: readonly SentRequest[];
  /** How many requests with `method` went to a path matching `path` (a string: the path ends with it). */
  count(method: string, path: string | RegExp): number;
  /** Resolves once `n` such requests were sent (the response may still be held). */
  until(method: string, path: string | RegExp, n?: number, timeout?: number): Promise<void>;
}

const matches = (pathname: string, path: string | RegExp) => (typeof path === 'string' ? pathname.endsWith(path) : path.test(pathname));

/**
 * Holds the responses of the requests `holds` picks (by default every request that
 * changes something: not GET or HEAD). Starts holding; `release()` lets them through.
 */
export function holdMutations(holds: (method: string, path: string) => boolean = (method) => method !== 'GET' && method !== 'HEAD'): HeldNetwork {
  const sent: SentRequest[] = [];
  let holding = true;
  let waiters: Array<() => void> = [];
  const realFetch = globalThis.fetch.bind(globalThis);

  const held: typeof fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    sent.push({ method, path: url.pathname });
    // Sent now: the server acts on it at once, whatever happens to the response.
    const response = realFetch(input, init);
    if (!holding || !holds(method, url.pathname)) return response;
    response.catch(() => undefined); // the caller hears of a failure when the response is let through
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    await new Promise<void>((resolve) => {
      waiters.push(resolve);
      // A request its caller gave up on (the element went away) is not held.
      signal?.addEventListener('abort', () => resolve(), { once: true });
    });
    return response;
  };

  const count = (method: string, path: string | RegExp) => sent.filter((r) => r.method === method.toUpperCase() && matches(r.path, path)).length;

  return {
    fetch: held,
    release() {
      holding = false;
      const release = waiters;
      waiters = [];
      for (const resolve of release) resolve();
    },
    hold() {
      holding = true;
    },
    get sent() {
      return sent;
    },
    count,
    async until(method, path, n = 1, timeout = 8000) {
      const started = Date.now();
      while (count(method, path) < n) {
        if (Date.now() - started > timeout) {
          throw new Error(`${n} × ${method} ${path} were never sent; sent: ${sent.map((r) => `${r.method} ${r.path}`).join(', ') || 'nothing'}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
  };
}

/** The element that has focus, through shadow roots. */
export function deepFocus(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/**
 * Focuses `target` (a button, or a field of a form) and presses Enter twice with the real
 * keyboard. Fails unless focus is still on it for the second press (otherwise that press
 * would test something else: the control focus moved to).
 */
export async function pressEnterTwice(target: HTMLElement): Promise<void> {
  target.focus();
  if (deepFocus() !== target) throw new Error(`could not focus ${describe(target)}`);
  await sendKeys({ press: 'Enter' });
  if (deepFocus() !== target) throw new Error(`after the first Enter focus left ${describe(target)} for ${describe(deepFocus())}`);
  await sendKeys({ press: 'Enter' });
}

export interface OneRequestCheck {
  /** The button that runs the request, busy while it runs (the target itself by default). */
  busy?: HTMLElement;
  /** A dialog that must stay open until the answer arrives. */
  dialog?: HTMLDialogElement;
  /** True once the answer has been shown. */
  done: () => unknown;
  /** Said when `done` never comes true. */
  message?: string;
}

/**
 * Two Enters on `target` while the answer is held: a `method path` request goes out, the
 * button running it is busy (and a given dialog still open); with the answer let through,
 * `done()` comes true, and once any request still on its way has landed exactly one
 * such request was sent.
 */
export async function twoEntersSendOne(net: HeldNetwork, target: HTMLElement, method: string, path: string | RegExp, check: OneRequestCheck): Promise<void> {
  await pressEnterTwice(target);
  await net.until(method, path);
  if (check.dialog && !check.dialog.open) throw new Error('the dialog closed before the answer');
  const busy = check.busy ?? target;
  if (busy.getAttribute('aria-busy') !== 'true') throw new Error(`${describe(busy)} is not busy while its request runs`);
  net.release();
  await waitUntil(check.done, check.message ?? 'the answer was never shown', { timeout: 8000 });
  await new Promise((resolve) => setTimeout(resolve, 1000)); // a second request would have been sent by now
  const sent = net.count(method, path);
  if (sent !== 1) throw new Error(`${sent} × ${method} ${path} sent, not 1`);
}

const describe = (el: Element | null) =>
  el ? `<${el.localName}${el.getAttribute('data-action') ? ` data-action="${el.getAttribute('data-action')}"` : ''}> “${el.textContent?.replace(/\s+/g, ' ').trim() ?? ''}”` : 'nothing';
