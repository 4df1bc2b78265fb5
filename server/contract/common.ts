/**
 * Shared pieces of the portal API contract.
 *
 * The contract is written once, as zod schemas under server/contract/. The server
 * validates requests with them and serves the OpenAPI 3.1 document generated from them
 * at `GET /v1/openapi.json`; the kit's client types (`src/state/contract.gen.ts`) are
 * generated from that document by `npm run contract`, and a server test fails when they
 * are out of date.
 *
 * Conventions: JSON in snake_case; money in integer minor units with a lowercase
 * ISO 4217 currency; every timestamp an RFC 3339 UTC string
 * (`2026-11-21T18:09:43.000Z`); every error `{error: {type, code, message, param?}}`.
 */
import { z } from '@hono/zod-openapi';

export const Timestamp = z.string().datetime().openapi({
  description: 'RFC 3339 timestamp in UTC.',
  example: '2026-11-21T18:09:43.000Z',
});

export const Currency = z
  .string()
  .regex(/^[a-z]{3}$/)
  .openapi({ description: 'Lowercase ISO 4217 currency code.', example: 'usd' });

/** A BCP 47 language tag, e.g. `fr-CA`. */
export const Locale = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)
  .max(35)
  .openapi({ example: 'fr-CA' });

export const ErrorType = z.enum([
  'invalid_request_error',
  'authentication_error',
  'permission_error',
  'not_found_error',
  'conflict_error',
  'rate_limit_error',
  'card_error',
  'api_error',
]);

export const ErrorBody = z
  .object({
    error: z.object({
      type: ErrorType,
      code: z.string().openapi({ example: 'parameter_invalid' }),
      message: z.string(),
      param: z.string().optional(),
    }),
  })
  .openapi('Error');

export type ErrorBodyT = z.infer<typeof ErrorBody>;

/** The error answers every route may give, for `responses` in route definitions. */
export const errorResponses = {
  400: { description: 'Invalid request', content: { 'application/json': { schema: ErrorBody } } },
  401: { description: 'Missing, unknown or expired token', content: { 'application/json': { schema: ErrorBody } } },
} as const;

export const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: ErrorBody } },
});
