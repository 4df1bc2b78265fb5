/**
 * Signing in without a merchant-made session: one-time login links (made by the
 * merchant, or emailed to a customer who types their address), their exchange for a
 * portal session, and logout. Also the demo mode's email outbox, where those emails land.
 */
import { z } from '@hono/zod-openapi';
import { Timestamp } from './common.js';

export const CreateLoginLinkRequest = z
  .object({ customer: z.string().min(1).max(255).openapi({ example: 'cus_demo' }) })
  .strict()
  .openapi('CreateLoginLinkRequest');

export const LoginLink = z
  .object({
    id: z.string().openapi({ example: 'lgl_5b7f0c9a1e2d4c6b0a1b2c3d' }),
    object: z.literal('login_link'),
    customer: z.string(),
    url: z.string().url().openapi({ description: 'The portal page with `#portal_login=<token>`. Works once.' }),
    expires_at: Timestamp,
  })
  .openapi('LoginLink');

export const LoginRequest = z
  .object({
    business_id: z.string().min(1).max(255).openapi({ example: 'biz_demo' }),
    email: z.string().trim().max(254).email().openapi({ example: 'demo@example.com' }),
  })
  .strict()
  .openapi('LoginRequest');

export const LOGIN_REQUEST_MESSAGE = 'If that email belongs to a customer, a sign-in link is on its way.' as const;

export const LoginRequestAccepted = z
  .object({
    object: z.literal('login_request'),
    message: z.literal(LOGIN_REQUEST_MESSAGE),
  })
  .openapi('LoginRequestAccepted', {
    description: 'The same answer whether or not the email belongs to a customer.',
  });

export const ExchangeLoginTokenRequest = z
  .object({
    login_token: z.string().min(1).max(512).openapi({ description: 'The token from `#portal_login=<token>`.' }),
  })
  .strict()
  .openapi('ExchangeLoginTokenRequest');

export const ExchangedSession = z
  .object({
    object: z.literal('portal_session'),
    token: z.string().openapi({ description: 'Bearer token for the customer API. Shown once.' }),
    expires_at: Timestamp.openapi({ description: 'When the session expires if it is not used.' }),
    customer: z.string(),
  })
  .openapi('ExchangedSession');

export const LogoutResult = z
  .object({ object: z.literal('logout'), revoked: z.literal(true) })
  .openapi('LogoutResult');

export const OutboxEmail = z
  .object({
    id: z.string(),
    to: z.string(),
    subject: z.string(),
    text: z.string(),
    kind: z.string(),
    created_at: Timestamp,
  })
  .openapi('OutboxEmail');

export const OutboxList = z
  .object({ object: z.literal('list'), data: z.array(OutboxEmail) })
  .openapi('OutboxList');

export const OutboxQuery = z.object({
  to: z.string().max(254).optional().openapi({ description: 'Only email to this address (any case).' }),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
