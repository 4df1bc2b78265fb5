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
  /** How long a one-time login link works (PORTAL_LOGIN_LINK_TTL_S, default 24 h). */
  loginLinkTtlMs: number;
  /** SMTP server to deliver the email outbox through (SMTP_URL); null: outbox only. */
  smtpUrl: string | null;
  /** The From address of portal email (PORTAL_EMAIL_FROM). */
  emailFrom: string;
  /** PostgreSQL (DATABASE_URL, postgres://…) instead of the embedded store; null: embedded. */
  databaseUrl: string | null;
  /** Where webhook events are posted (PORTAL_WEBHOOK_URL); null: kept in the queue, not sent. */
  webhookUrl: string | null;
  /**
   * The Standard Webhooks signing secret, `whsec_` + base64 (PORTAL_WEBHOOK_SECRET). Null
   * when unset: demo mode then generates one and keeps it in the store; outside demo mode
   * a webhook URL requires it.
   */
  webhookSecret: string | null;
}

export const DEMO_SECRET_KEY = 'sk_demo_portal_kit_do_not_use_in_production';

function seconds(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback * 1000;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number of seconds, not "${raw}".`);
  return value * 1000;
}

function databaseUrl(env: NodeJS.ProcessEnv): string | null {
  const raw = env.DATABASE_URL;
  if (!raw) return null;
  if (!/^postgres(ql)?:\/\//.test(raw)) throw new Error('DATABASE_URL must be a postgres:// or postgresql:// URL.');
  return raw;
}

function webhookUrl(env: NodeJS.ProcessEnv): string | null {
  const raw = env.PORTAL_WEBHOOK_URL;
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`PORTAL_WEBHOOK_URL must be a URL, not "${raw}".`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('PORTAL_WEBHOOK_URL must be an http(s) URL.');
  return url.toString();
}

function webhookSecret(env: NodeJS.ProcessEnv, demo: boolean, hasUrl: boolean): string | null {
  const raw = env.PORTAL_WEBHOOK_SECRET;
  if (!raw) {
    if (hasUrl && !demo) throw new Error('PORTAL_WEBHOOK_SECRET (whsec_…) is required when PORTAL_WEBHOOK_URL is set.');
    return null;
  }
  const match = /^whsec_([A-Za-z0-9+/]+={0,2})$/.exec(raw);
  const bytes = match ? Buffer.from(match[1]!, 'base64').length : 0;
  if (bytes < 24 || bytes > 64) throw new Error('PORTAL_WEBHOOK_SECRET must be whsec_ followed by 24 to 64 bytes in base64.');
  return raw;
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
    portalUrl: env.PORTAL_URL || `${publicUrl}/portal`,
    allowedOrigins: [...new Set(allowedOrigins)],
    sessionUnusedTtlMs: seconds(env, 'PORTAL_SESSION_UNUSED_TTL_S', 5 * 60),
    sessionIdleTtlMs: seconds(env, 'PORTAL_SESSION_IDLE_TTL_S', 60 * 60),
    sessionMaxTtlMs: seconds(env, 'PORTAL_SESSION_MAX_TTL_S', 12 * 60 * 60),
    pdfUrlTtlMs: seconds(env, 'PORTAL_PDF_URL_TTL_S', 15 * 60),
    loginLinkTtlMs: seconds(env, 'PORTAL_LOGIN_LINK_TTL_S', 24 * 60 * 60),
    smtpUrl: env.SMTP_URL || null,
    emailFrom: env.PORTAL_EMAIL_FROM || 'portal-kit <no-reply@localhost>',
    databaseUrl: databaseUrl(env),
    webhookUrl: webhookUrl(env),
    webhookSecret: webhookSecret(env, demo, Boolean(env.PORTAL_WEBHOOK_URL)),
  };
}
