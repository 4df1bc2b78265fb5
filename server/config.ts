/** Server settings, read once from the environment. */
export interface ServerConfig {
  host: string;
  port: number;
  dataDir: string;
  secretKey: string;
  /** True when the secret key is the printed demo default. */
  demoSecretKey: boolean;
  /** Demo mode: the demo page at `/`, localhost return URLs, the dev outbox. */
  demo: boolean;
  /** Origin the server is reached at, e.g. http://localhost:4400. */
  publicUrl: string;
  /** The portal page that session and login URLs point at. */
  portalUrl: string;
  /** Origins allowed to call the customer API from a browser (the demo page's own is added). */
  allowedOrigins: string[];
  sessionUnusedTtlMs: number;
  sessionIdleTtlMs: number;
  sessionMaxTtlMs: number;
  pdfUrlTtlMs: number;
}

export const DEMO_SECRET_KEY = 'sk_demo_portal_kit_do_not_use_in_production';

function seconds(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback * 1000;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number of seconds, not "${raw}".`);
  return value * 1000;
}

function origin(url: string, name: string): string {
  try {
    return new URL(url).origin;
  } catch {
    throw new Error(`${name} must be a URL, not "${url}".`);
  }
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = env.PORT === undefined || env.PORT === '' ? 4400 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not "${env.PORT}".`);
  const host = env.HOST || 'localhost';
  const publicUrl = (env.PORTAL_PUBLIC_URL || `http://localhost:${port}`).replace(/\/+$/, '');
  const secretKey = env.PORTAL_SECRET_KEY || DEMO_SECRET_KEY;
  const demo = env.PORTAL_DEMO !== '0';
  const allowedOrigins = (env.PORTAL_ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => origin(s, 'PORTAL_ALLOWED_ORIGINS'));
  allowedOrigins.push(origin(publicUrl, 'PORTAL_PUBLIC_URL'));
  return {
    host,
    port,
    dataDir: env.PORTAL_DATA_DIR || '.portal-data',
    secretKey,
    demoSecretKey: secretKey === DEMO_SECRET_KEY,
    demo,
    publicUrl,
    portalUrl: env.PORTAL_URL || `${publicUrl}/`,
    allowedOrigins: [...new Set(allowedOrigins)],
    sessionUnusedTtlMs: seconds(env, 'PORTAL_SESSION_UNUSED_TTL_S', 5 * 60),
    sessionIdleTtlMs: seconds(env, 'PORTAL_SESSION_IDLE_TTL_S', 60 * 60),
    sessionMaxTtlMs: seconds(env, 'PORTAL_SESSION_MAX_TTL_S', 12 * 60 * 60),
    pdfUrlTtlMs: seconds(env, 'PORTAL_PDF_URL_TTL_S', 15 * 60),
  };
}
