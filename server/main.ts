/**
 * `npm start`: the reference portal server. Opens (and on first start creates and
 * seeds) the store — the embedded one under PORTAL_DATA_DIR, or PostgreSQL when
 * DATABASE_URL is set — then serves the API and, in demo mode, the demo merchant page,
 * and delivers webhook events to PORTAL_WEBHOOK_URL.
 */
import { serve } from '@hono/node-server';
import { resolve } from 'node:path';
import { createApp } from './app.js';
import { readConfig } from './config.js';
import { DataDirLockedError, lockDataDir } from './db/lock.js';
import { openDatabase } from './db/open.js';
import { demoWebhookSecret, startWebhookWorker, type WebhookWorker } from './webhooks.js';
import { startEmailDelivery } from './domain/email.js';

async function main(): Promise<void> {
  const config = readConfig();
  // One writer per data folder: the embedded store only (PostgreSQL is shared on purpose).
  let release: () => void = () => undefined;
  if (!config.databaseUrl) {
    try {
      release = lockDataDir(config.dataDir);
    } catch (error) {
      if (error instanceof DataDirLockedError) {
        console.error(`portal server: ${error.message}`);
        process.exit(1);
      }
      throw error;
    }
  }
  let opened;
  try {
    opened = await openDatabase(config);
  } catch (error) {
    release();
    throw error;
  }
  const { db } = opened;
  const started = Date.now();
  let seeded: boolean;
  try {
    ({ seeded } = await opened.prepare(Date.now(), config.publicUrl));
  } catch (error) {
    await db.close().catch(() => undefined);
    release();
    throw error;
  }
  const app = createApp({ db, config });

  // Email: SMTP_URL delivers the outbox; in demo mode without it each email is printed.
  let stopEmail: () => void;
  try {
    stopEmail = startEmailDelivery(db, config);
  } catch (error) {
    await db.close().catch(() => undefined);
    release();
    throw error;
  }
  const emailLine = config.smtpUrl
    ? `  email:       SMTP ${new URL(config.smtpUrl).host}`
    : `  email:       outbox only${config.demo ? ' (printed here; GET /v1/dev/outbox)' : ''} (set SMTP_URL to send)`;

  // Webhooks: signed with PORTAL_WEBHOOK_SECRET, or in demo mode a secret kept in the store.
  const webhookSecret = config.webhookSecret ?? (config.demo ? await demoWebhookSecret(db) : null);
  let webhooks: WebhookWorker | undefined;
  if (config.webhookUrl && webhookSecret) {
    webhooks = startWebhookWorker({ db, url: config.webhookUrl, secret: webhookSecret, now: Date.now });
  }
  const webhookLines = config.webhookUrl
    ? [
        `  webhooks:    ${config.webhookUrl}`,
        ...(config.webhookSecret ? [] : [`  webhook key: ${webhookSecret}   (demo; set PORTAL_WEBHOOK_SECRET)`]),
      ]
    : [`  webhooks:    off (set PORTAL_WEBHOOK_URL; events wait in the queue)`];

  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    const base = config.port === 0 ? `http://localhost:${info.port}` : config.publicUrl;
    const where = opened.kind === 'postgres' ? `PostgreSQL ${opened.location}` : resolve(config.dataDir);
    const lines = [
      `portal-kit reference server listening on ${base}`,
      `  data:        ${where}${seeded ? ` (created and seeded in ${Date.now() - started} ms)` : ''}`,
      ...(config.demo ? [`  demo portal: ${base}/   (signed in as cus_demo)`] : []),
      `  portal API:  ${base}/v1   (contract: ${base}/v1/openapi.json)`,
      `  secret key:  ${config.demoSecretKey ? `${config.secretKey}   (demo default; set PORTAL_SECRET_KEY)` : '(from PORTAL_SECRET_KEY)'}`,
      ...webhookLines,
      emailLine,
    ];
    console.log(lines.join('\n'));
  });

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    stopEmail();
    server.close(() => {
      void (webhooks?.stop() ?? Promise.resolve())
        .then(() => db.close())
        .finally(() => {
          release();
          process.exit(0);
        });
    });
    setTimeout(() => {
      release();
      process.exit(0);
    }, 3000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
