/** What went wrong, in terms an element can act on and a customer can be told. */
export type PortalErrorKind =
  | 'network'
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
      cause?: unknown;
    } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
  }

  /** Worth trying again as it is: the fault was in transit or on the server's side. */
  get retryable(): boolean {
    return this.kind === 'network' || this.kind === 'server' || this.kind === 'rate_limited';
  }
}
