/**
 * The portal API client: fetch-based, typed from the server's contract, every call
 * abortable, every response checked before anything is drawn from it.
 */
import type { components } from './contract.gen.js';
import { PortalError } from './errors.js';
import { isInvoiceList } from './guards.js';

export type Invoice = components['schemas']['Invoice'];
export type InvoiceList = components['schemas']['InvoiceList'];
export type InvoiceStatus = components['schemas']['InvoiceStatus'];
type ErrorBody = components['schemas']['Error'];

export interface ApiClientOptions {
  /** Base URL of the portal API, e.g. `https://billing.example.com/v1`. */
  apiBase: string;
  /** The portal session token. */
  token: string;
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
  /** A fetch to use instead of the global one. */
  fetch?: typeof fetch;
  /** How many times a failed read is tried again (network, 5xx, 429). */
  retries?: number;
  /** Base delay of the exponential backoff, in ms. */
  backoffMs?: number;
}

interface RequestOptions<T> {
  query?: Record<string, string | number | undefined>;
  signal?: AbortSignal;
  check: (body: unknown) => body is T;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(new PortalError('aborted', 'The request was canceled.'));
      },
      { once: true },
    );
  });

function isErrorBody(body: unknown): body is ErrorBody {
  const error = (body as ErrorBody | null)?.error;
  return typeof error === 'object' && error !== null && typeof error.message === 'string' && typeof error.code === 'string';
}

function retryAfterMs(response: Response): number | undefined {
  const header = response.headers.get('retry-after');
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** Turns a non-2xx response into a PortalError of the right kind. */
async function errorFrom(response: Response): Promise<PortalError> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const detail = isErrorBody(body) ? body.error : undefined;
  const details = {
    status: response.status,
    code: detail?.code,
    param: detail?.param,
    retryAfterMs: retryAfterMs(response),
  };
  const message = detail?.message ?? `The portal API answered ${response.status}.`;
  const s = response.status;
  if (s === 401) return new PortalError(detail?.code === 'session_expired' ? 'expired' : 'unauthenticated', message, details);
  if (s === 404) return new PortalError('not_found', message, details);
  if (s === 409) return new PortalError('conflict', message, details);
  if (s === 429) return new PortalError('rate_limited', message, details);
  if (s >= 500) return new PortalError('server', message, details);
  return new PortalError('validation', message, details);
}

export class PortalApiClient {
  readonly apiBase: string;
  readonly #token: string;
  readonly #headers: Record<string, string>;
  readonly #fetch: typeof fetch;
  readonly #retries: number;
  readonly #backoffMs: number;

  constructor(options: ApiClientOptions) {
    this.apiBase = options.apiBase.replace(/\/+$/, '');
    this.#token = options.token;
    this.#headers = options.headers ?? {};
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#retries = options.retries ?? 2;
    this.#backoffMs = options.backoffMs ?? 300;
  }

  /** One page of the customer's invoices, newest first. */
  listInvoices(params: { limit?: number; startingAfter?: string; signal?: AbortSignal } = {}): Promise<InvoiceList> {
    return this.#get('/invoices', {
      query: { limit: params.limit, starting_after: params.startingAfter },
      signal: params.signal,
      check: isInvoiceList,
    });
  }

  #url(path: string, query: RequestOptions<unknown>['query'] = {}): string {
    const base = new URL(`${this.apiBase}${path}`, globalThis.location?.href);
    for (const [key, value] of Object.entries(query)) if (value !== undefined) base.searchParams.set(key, String(value));
    return base.toString();
  }

  async #get<T>(path: string, options: RequestOptions<T>): Promise<T> {
    const url = this.#url(path, options.query);
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.#once(url, options);
      } catch (error) {
        const portalError = error as PortalError;
        if (!(portalError instanceof PortalError) || !portalError.retryable || attempt >= this.#retries) throw error;
        const backoff = this.#backoffMs * 2 ** attempt;
        const jitter = Math.random() * backoff;
        await sleep(Math.max(portalError.details.retryAfterMs ?? 0, backoff + jitter), options.signal);
      }
    }
  }

  async #once<T>(url: string, options: RequestOptions<T>): Promise<T> {
    let response: Response;
    try {
      response = await this.#fetch(url, {
        method: 'GET',
        headers: { Accept: 'application/json', ...this.#headers, Authorization: `Bearer ${this.#token}` },
        signal: options.signal,
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch (cause) {
      if (options.signal?.aborted) throw new PortalError('aborted', 'The request was canceled.', { cause });
      throw new PortalError('network', 'The portal API could not be reached.', { cause });
    }
    if (!response.ok) throw await errorFrom(response);
    let body: unknown;
    try {
      body = await response.json();
    } catch (cause) {
      throw new PortalError('malformed', 'The portal API sent a response that is not JSON.', { cause, status: response.status });
    }
    if (!options.check(body)) {
      throw new PortalError('malformed', 'The portal API sent a response of an unexpected shape.', { status: response.status });
    }
    return body;
  }
}
