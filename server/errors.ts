import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorBodyT } from './contract/common.js';

type ErrorType = ErrorBodyT['error']['type'];

/** An error the API answers with `{error: {type, code, message, param?}}`. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly type: ErrorType,
    readonly code: string,
    message: string,
    readonly param?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toBody(): ErrorBodyT {
    return {
      error: { type: this.type, code: this.code, message: this.message, ...(this.param ? { param: this.param } : {}) },
    };
  }
}

export const errors = {
  invalid: (message: string, param?: string) => new ApiError(400, 'invalid_request_error', 'parameter_invalid', message, param),
  unauthenticated: (message = 'A valid bearer token is required.') =>
    new ApiError(401, 'authentication_error', 'unauthenticated', message),
  sessionExpired: () => new ApiError(401, 'authentication_error', 'session_expired', 'The portal session has expired.'),
  notFound: (what: string, param?: string) => new ApiError(404, 'not_found_error', 'resource_missing', `No such ${what}.`, param),
  internal: () => new ApiError(500, 'api_error', 'internal_error', 'Something went wrong on our side. Try again.'),
};
