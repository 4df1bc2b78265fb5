/**
 * The reference portal API: one Hono application over one Database. `createApp` wires
 * the shared behaviour (errors, headers, the OpenAPI document) and every route module
 * of server/routes/; `main.ts` adds the process around it.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import { ApiError, errors } from './errors.js';
import { securityHeaders, type AppDeps, type Env } from './http.js';
import { idempotency } from './idempotency.js';
import { demoPages } from './pages.js';
import { routeModules } from './routes/index.js';

export type { AppDeps } from './http.js';

export const OPENAPI_DOCUMENT = {
  openapi: '3.1.0',
  info: {
    title: 'portal-kit portal API',
    version: '1',
    description: 'The contract between portal-kit elements and a portal API server. Reference implementation.',
  },
};

export function createApp(input: Omit<AppDeps, 'now'> & { now?: () => number }) {
  const deps: AppDeps = { ...input, now: input.now ?? Date.now };
  const app = new OpenAPIHono<Env>({
    // Every request is validated against the contract; the first problem is reported
    // in the error shape, naming the field.
    defaultHook: (result) => {
      if (!result.success) {
        const issue = result.error.issues[0];
        const keys = issue && 'keys' in issue ? (issue.keys as string[]) : [];
        const param = [...(issue?.path ?? []), ...keys.slice(0, 1)].join('.') || undefined;
        throw errors.invalid(param ? `Invalid ${param}: ${issue!.message}` : (issue?.message ?? 'Invalid request.'), param);
      }
    },
  });

  app.onError((error, c) => {
    if (error instanceof ApiError) return c.json(error.toBody(), error.status);
    if (error instanceof HTTPException) {
      const apiError = new ApiError(error.status as 400, 'invalid_request_error', 'request_invalid', error.message || 'Invalid request.');
      return c.json(apiError.toBody(), apiError.status);
    }
    console.error(error);
    return c.json(errors.internal().toBody(), 500);
  });
  app.notFound((c) => c.json(errors.notFound('route').toBody(), 404));

  // nosniff, no-referrer, page CSP and no-store: every answer, errors included.
  app.use('*', securityHeaders());

  app.openAPIRegistry.registerComponent('securitySchemes', 'secretKey', {
    type: 'http',
    scheme: 'bearer',
    description: 'The merchant secret key (PORTAL_SECRET_KEY). Server to server only.',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'sessionToken', {
    type: 'http',
    scheme: 'bearer',
    description: 'A portal session token, from POST /v1/portal-sessions or POST /v1/sessions/exchange.',
  });

  // Idempotency-Key on every POST and DELETE of the API, around every route module.
  app.use('/v1/*', idempotency(deps));

  for (const register of routeModules) register(app, deps);

  app.doc31('/v1/openapi.json', OPENAPI_DOCUMENT);
  app.get('/healthz', (c) => c.json({ ok: true }));
  if (deps.config.demo) app.route('/', demoPages(deps));

  return app;
}

export type PortalApp = ReturnType<typeof createApp>;
