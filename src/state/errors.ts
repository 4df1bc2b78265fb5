/** What went wrong, in terms an element can act on and a customer can be told. */
export type PortalErrorKind =
  | 'network'
  | 'timeout'
  | 'offline'
  | 'expired'
  | 'unauthenticated'
  | 'validation'
  | 'not_found'
  | 'conflict'
  | 'rate_limited'
  | 'server'
  | 'malformed'
  | 'aborted';

export class PortalError extends Error {
  override readonly name = 'PortalError';

  constructor(
    readonly kind: PortalErrorKind,
    message: string,
    readonly details: {
      status?: number;
      code?: string;
      param?: string;
      retryAfterMs?: number;
      /** A mutation whose effect could not be confirmed (it may or may not have happened). */
      outcomeUnknown?: boolean;
      /** The error response's parsed body (e.g. a conflict's current state). */
      body?: unknown;
      cause?: unknown;
    } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
  }

  /**
   * Worth sending again as it is (with the same Idempotency-Key): the fault was in
   * transit or on the server's side, or the same request is still being processed.
   */
  get retryable(): boolean {
    return (
      this.kind === 'network' ||
      this.kind === 'timeout' ||
      this.kind === 'server' ||
      this.kind === 'rate_limited' ||
      (this.kind === 'conflict' && this.details.code === 'idempotency_key_in_use')
    );
  }
}
