/**
 * The portal API client: fetch-based, typed from the server's contract, every call
 * abortable, every response checked against the contract before anything is drawn
 * from it.
 *
 * Reliability: every mutation carries an Idempotency-Key, the same on each retry.
 * Network errors, timeouts, 429 (honouring Retry-After), 409 "still in flight" and 5xx
 * are retried with exponential backoff and jitter; other 4xx never are. A mutation
 * that still cannot be confirmed fails with `outcomeUnknown`, so the store reads the
 * current state instead of sending it again with a new key.
 */
import type { components, paths } from './contract.gen.js';
import { responses as responseSchemas } from './contract-schemas.gen.js';
import { PortalError } from './errors.js';
import { check } from './validate.js';

/**
 * The response shapes of the operations only the lazily loaded dialogs call
 * (contract-schemas-later.gen.ts): fetched with the first of them, not with the page.
 */
let later: Promise<Record<string, string>> | undefined;
const laterResponses = () =>
  (later ??= import('./contract-schemas-later.gen.js').then(
    (module) => module.responses,
    (cause: unknown) => {
      later = undefined; // the next attempt asks again
      throw new PortalError('network', "The portal API's response shapes could not be loaded.", { cause });
    },
  ));

export type Schemas = components['schemas'];
export type Invoice = Schemas['Invoice'];
export type InvoiceList = Schemas['InvoiceList'];
export type InvoiceStatus = Schemas['InvoiceStatus'];
type ErrorBody = Schemas['Error'];

export type Method = 'get' | 'post' | 'delete';
/** The API paths that have an operation for `M`. */
export type PathsFor<M extends Method> = {
  [P in keyof paths]: paths[P] extends { [K in M]: infer O } ? ([O] extends [never] ? never : O extends undefined ? never : P) : never;
}[keyof paths];
type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;
type JsonOf<R> = R extends { content: { 'application/json': infer J } } ? J : never;
export type ResponseOf<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { responses: infer R } ? JsonOf<R[Extract<keyof R, 200 | 201 | 202>]> : never;
type BodyOf<O> = O extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
type QueryOf<O> = O extends { parameters: { query?: infer Q } } ? Q : never;
type ParamsOf<O> = O extends { parameters: { path?: infer P } } ? P : never;

export interface CallOptions<P extends keyof paths, M extends Method> {
  params?: ParamsOf<Operation<P, M>>;
  query?: QueryOf<Operation<P, M>>;
  body?: BodyOf<Operation<P, M>>;
  signal?: AbortSignal;
  /** For mutations: a key to reuse (otherwise one is made for this call and reused on its retries). */
  idempotencyKey?: string;
}

export interface ApiClientOptions {
  /** Base URL of the portal API, e.g. `https://billing.example.com/v1`. */
  apiBase: string;
  /** The portal session token (none for the public login calls). */
  token?: string;
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
  /** A fetch to use instead of the global one. */
  fetch?: typeof fetch;
  /** How many times a failed call is tried again. */
  retries?: number;
  /** Base delay of the exponential backoff, in ms. */
  backoffMs?: number;
  /** How long one attempt may take before it counts as timed out, in ms. */
  timeoutMs?: number;
  /** Hears every answer the server gave (activity extends the session) and every failure to reach it. */
  observer?: {
    response?(response: Response): void;
    unreachable?(error: PortalError): void;
  };
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(new PortalError('aborted', 'The request was canceled.'));
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
    body,
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

/** The longest Retry-After the client waits out by itself before retrying, in ms. */
const MAX_RETRY_WAIT_MS = 10_000;

let keyCounter = 0;
/** A fresh Idempotency-Key: random, never derived from the request. */
function newIdempotencyKey(): string {
  return globalThis.crypto?.randomUUID?.() ?? `pk_${Date.now().toString(36)}_${(keyCounter++).toString(36)}_${Math.random().toString(36).slice(2)}`;
}

export class PortalApiClient {
  readonly apiBase: string;
  #token?: string;
  readonly #headers: Record<string, string>;
  readonly #fetch: typeof fetch;
  readonly #retries: number;
  readonly #backoffMs: number;
  readonly #timeoutMs: number;
  readonly #observer: NonNullable<ApiClientOptions['observer']>;

  constructor(options: ApiClientOptions) {
    this.apiBase = options.apiBase.replace(/\/+$/, '');
    this.#token = options.token;
    this.#headers = options.headers ?? {};
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#retries = options.retries ?? 2;
    this.#backoffMs = options.backoffMs ?? 300;
    this.#timeoutMs = options.timeoutMs ?? 20_000;
    this.#observer = options.observer ?? {};
  }

  /** Uses a renewed token for the same session's customer from now on. */
  setToken(token: string): void {
    this.#token = token;
  }

  /** One page of the customer's invoices, newest first. */
  listInvoices(params: { limit?: number; startingAfter?: string; signal?: AbortSignal } = {}): Promise<InvoiceList> {
    return this.call('get', '/v1/invoices', {
      query: { limit: params.limit, starting_after: params.startingAfter },
      signal: params.signal,
    });
  }

  /** Calls one operation of the contract and returns its checked response body. */
  async call<M extends Method, P extends PathsFor<M>>(method: M, path: P, options: CallOptions<P, M> = {}): Promise<ResponseOf<P, M>> {
    const url = this.#url(path, options.params as Record<string, string> | undefined, options.query as Record<string, unknown> | undefined);
    const key = method === 'get' ? undefined : (options.idempotencyKey ?? newIdempotencyKey());
    const operation = `${method.toUpperCase()} ${path}`;
    // A dialog's operation: its response shape comes while the request is on its way.
    if (!responseSchemas[operation]) laterResponses().catch(() => {});
    for (let attempt = 0; ; attempt++) {
      try {
        return (await this.#once(method, url, operation, options, key)) as ResponseOf<P, M>;
      } catch (error) {
        const portalError = error instanceof PortalError ? error : new PortalError('network', String(error), { cause: error });
        if (options.signal?.aborted) throw new PortalError('aborted', 'The request was canceled.', { cause: error });
        // A server that asks for a long pause is answered now, with the time it asked for.
        const tooLong = (portalError.details.retryAfterMs ?? 0) > MAX_RETRY_WAIT_MS;
        if (!portalError.retryable || tooLong || attempt >= this.#retries) {
          const inTransit = portalError.kind === 'network' || portalError.kind === 'timeout';
          if (key && inTransit) portalError.details.outcomeUnknown = true;
          throw portalError;
        }
        const backoff = this.#backoffMs * 2 ** attempt;
        await sleep(Math.max(portalError.details.retryAfterMs ?? 0, backoff + Math.random() * backoff), options.signal);
      }
    }
  }

  #url(path: string, params: Record<string, string> = {}, query: Record<string, unknown> = {}): string {
    const filled = path.replace(/^\/v1/, '').replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = params[name];
      if (value === undefined) throw new PortalError('validation', `Missing path parameter ${name}.`);
      return encodeURIComponent(value);
    });
    const url = new URL(`${this.apiBase}${filled}`, globalThis.location?.href);
    for (const [name, value] of Object.entries(query)) if (value !== undefined && value !== null) url.searchParams.set(name, String(value));
    return url.toString();
  }

  async #once(method: Method, url: string, operation: string, options: CallOptions<never, never>, key?: string): Promise<unknown> {
    const headers: Record<string, string> = { Accept: 'application/json', ...this.#headers };
    if (this.#token) headers.Authorization = `Bearer ${this.#token}`;
    if (key) headers['Idempotency-Key'] = key;
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    const timeout = AbortSignal.timeout(this.#timeoutMs);
    const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
    let response: Response;
    try {
      response = await this.#fetch(url, {
        method: method.toUpperCase(),
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal,
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch (cause) {
      if (options.signal?.aborted) throw new PortalError('aborted', 'The request was canceled.', { cause });
      const error = timeout.aborted
        ? new PortalError('timeout', 'The portal API did not answer in time.', { cause })
        : new PortalError('network', 'The portal API could not be reached.', { cause });
      this.#observer.unreachable?.(error);
      throw error;
    }
    this.#observer.response?.(response);
    if (!response.ok) throw await errorFrom(response);
    let body: unknown;
    try {
      body = await response.json();
    } catch (cause) {
      throw new PortalError('malformed', 'The portal API sent a response that is not JSON.', { cause, status: response.status });
    }
    // Shapes that cannot be loaded fail like the network: retried (a mutation with the same key), then outcomeUnknown.
    const schema = responseSchemas[operation] ?? (await laterResponses())[operation];
    const problem = schema ? check(schema, body) : `no response schema for ${operation}`;
    if (problem) {
      throw new PortalError('malformed', `The portal API sent a response of an unexpected shape (${problem}).`, { status: response.status });
    }
    return body;
  }
}
