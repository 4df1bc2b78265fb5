import { createApp } from '../../server/app.js';
import { readConfig } from '../../server/config.js';
import { SqliteDatabase } from '../../server/db/database.js';
import { migrateAndSeed } from '../../server/seed/index.js';

export const SECRET = 'sk_test_server_suite';
export const START = Date.parse('2026-06-15T12:00:00.000Z');

/** The app in-process over a fresh in-memory store, with a clock the test moves. */
export async function testApp(env: Record<string, string> = {}) {
  const db = new SqliteDatabase(':memory:');
  await migrateAndSeed(db, START);
  const clock = { now: START };
  const config = readConfig({
    PORTAL_SECRET_KEY: SECRET,
    PORTAL_PUBLIC_URL: 'http://localhost:4400',
    PORTAL_ALLOWED_ORIGINS: 'https://shop.example.com',
    ...env,
  });
  const app = createApp({ db, config, now: () => clock.now });

  const merchant = (path: string, body: unknown, key = SECRET) =>
    app.request(path, {
      method: 'POST',
      headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });

  const session = async (customer = 'cus_demo', extra: Record<string, unknown> = {}) => {
    const response = await merchant('/v1/portal-sessions', { customer, ...extra });
    if (response.status !== 201) throw new Error(`session: ${response.status} ${await response.text()}`);
    return (await response.json()) as { token: string; url: string; id: string; expires_at: string; created_at: string };
  };

  const customer = (path: string, token: string, init: RequestInit = {}) =>
    app.request(path, { ...init, headers: { Authorization: `Bearer ${token}`, ...(init.headers ?? {}) } });

  return { app, db, config, clock, merchant, session, customer, close: () => db.close() };
}
