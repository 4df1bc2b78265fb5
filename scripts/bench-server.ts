/**
 * `npm run bench:server`: a bounded load test of the reference server on loopback.
 *
 * Starts the real server (server/main.ts, a fresh embedded store — or PostgreSQL when
 * DATABASE_URL is set), then:
 *
 * 1. Load: autocannon against the customer API's list endpoints with a session token —
 *    requests/s, latency, and every error, timeout and non-2xx answer, of which there
 *    must be none.
 * 2. Rate limits: for each limited endpoint and rule (server/domain/rate-limit.ts
 *    `LIMITS`), a burst of limit + extra concurrent requests on one key: exactly `limit`
 *    must get through and every other one 429 with a `Retry-After` within the window —
 *    then one more request, still 429. Each rule gets its own client address on loopback
 *    (127.0.0.x), since the IP limits count per address.
 *
 * Prints a table of each and exits non-zero when anything is off. About 25 s by default.
 *
 * Each customer request also records the session's activity (an UPDATE of
 * last_used_at), so these are read endpoints that write once per request: measured as
 * they are.
 *
 * BENCH_DURATION_S (default 10) and BENCH_CONNECTIONS (default 50) bound the load.
 */
import autocannon from 'autocannon';
import { request } from 'node:http';
import { LIMITS, type RateLimit } from '../server/domain/rate-limit.js';
import { startReferenceServer, type RunningServer } from '../test/support/reference-server.js';

const duration = Number(process.env.BENCH_DURATION_S || 10);
const connections = Number(process.env.BENCH_CONNECTIONS || 50);
if (!(duration > 0 && duration <= 300)) throw new Error('BENCH_DURATION_S must be between 1 and 300.');
if (!(Number.isInteger(connections) && connections > 0 && connections <= 1000)) {
  throw new Error('BENCH_CONNECTIONS must be an integer between 1 and 1000.');
}

interface LoadRow {
  endpoint: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  total: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

interface LimitRow {
  endpoint: string;
  rule: string;
  limit: number;
  sent: number;
  allowed: number;
  limited: number;
  other: number;
  retryAfter: string;
  ok: boolean;
}

interface Answer {
  status: number;
  retryAfter: string | undefined;
  body: string;
}

const endpoints = ['/v1/subscriptions', '/v1/invoices?limit=20'];
/** Over-limit requests in each burst. */
const EXTRA = 10;

/** A POST from a chosen loopback address (the server keys its IP limits on the peer address). */
function postFrom(server: RunningServer, localAddress: string, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        path,
        method: 'POST',
        localAddress,
        agent: false,
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload), ...headers },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, retryAfter: res.headers['retry-after'] as string | undefined, body: text }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/**
 * Sends `limit + EXTRA` requests at once on one key, then one more: exactly `limit` pass
 * (with the status `pass`), the rest are 429 with a Retry-After within the window.
 */
async function burst(
  endpoint: string,
  ruleName: string,
  rule: RateLimit,
  pass: number,
  send: (i: number) => Promise<Answer>,
): Promise<LimitRow> {
  const sent = rule.limit + EXTRA;
  const answers = await Promise.all(Array.from({ length: sent }, (_, i) => send(i)));
  answers.push(await send(sent));
  const allowed = answers.filter((a) => a.status === pass).length;
  const limited = answers.filter((a) => a.status === 429);
  const windowS = rule.windowMs / 1000;
  const waits = limited.map((a) => Number(a.retryAfter));
  const waitsOk = waits.every((s) => Number.isInteger(s) && s >= 1 && s <= windowS);
  const bodiesOk = limited.every((a) => /"type":"rate_limit_error"/.test(a.body));
  return {
    endpoint,
    rule: ruleName,
    limit: rule.limit,
    sent: answers.length,
    allowed,
    limited: limited.length,
    other: answers.length - allowed - limited.length,
    retryAfter: waits.length ? `${Math.min(...waits)}–${Math.max(...waits)} s` : '—',
    ok: allowed === rule.limit && limited.length === answers.length - rule.limit && waitsOk && bodiesOk && answers.at(-1)!.status === 429,
  };
}

function printTable(table: string[][]): void {
  const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
  for (const row of table) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
}

const server = await startReferenceServer({ env: { PORTAL_WEBHOOK_URL: '' } });
const loadRows: LoadRow[] = [];
const limitRows: LimitRow[] = [];
const problems: string[] = [];
const started = Date.now();
try {
  const store = process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'embedded SQLite';
  console.log(`Reference server on ${server.url} (${store}); ${connections} connections, ${duration} s per endpoint.\n`);
  // Sessions expire 5 minutes after creation unless used; every run below uses it at once.
  const { token } = await server.createSession('cus_demo');
  const headers = { Authorization: `Bearer ${token}` };

  for (const endpoint of endpoints) {
    const probe = await fetch(`${server.url}${endpoint}`, { headers });
    if (probe.status !== 200) {
      problems.push(`${endpoint}: not measured — it answered ${probe.status}: ${(await probe.text()).slice(0, 200)}`);
      continue;
    }
    await probe.arrayBuffer();
    process.stdout.write(`${endpoint} … `);
    const result = await autocannon({ url: `${server.url}${endpoint}`, connections, duration, headers });
    console.log('done');
    loadRows.push({
      endpoint,
      requestsPerSecond: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      total: result.requests.total,
      non2xx: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
    });
  }

  process.stdout.write('rate limits … ');
  // POST /v1/login, per email: one address asks for one customer's link, from one client.
  limitRows.push(
    await burst('POST /v1/login', 'per email', LIMITS.loginPerEmail, 202, () =>
      postFrom(server, '127.0.0.2', '/v1/login', { business_id: 'biz_demo', email: 'demo@example.com' }),
    ),
  );
  // Exactly `limit` links were emailed, none for the refused requests.
  const outbox = await fetch(`${server.url}/v1/dev/outbox?to=demo@example.com&limit=100`, {
    headers: { Authorization: `Bearer ${server.secretKey}` },
  });
  const mailed = ((await outbox.json()) as { data: Array<{ kind: string }> }).data.filter((m) => m.kind === 'login_link').length;
  if (mailed !== LIMITS.loginPerEmail.limit) problems.push(`POST /v1/login per email: ${mailed} sign-in emails queued, not ${LIMITS.loginPerEmail.limit}.`);

  // POST /v1/login, per address: a different email each time, from one client.
  limitRows.push(
    await burst('POST /v1/login', 'per address', LIMITS.loginPerIp, 202, (i) =>
      postFrom(server, '127.0.0.3', '/v1/login', { business_id: 'biz_demo', email: `bench-${i}@example.com` }),
    ),
  );

  // POST /v1/sessions/exchange, per address: good one-time tokens, from one client.
  const loginTokens: string[] = [];
  for (let i = 0; i <= LIMITS.exchangePerIp.limit + EXTRA; i++) {
    const link = await fetch(`${server.url}/v1/login-links`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${server.secretKey}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ customer: 'cus_demo' }),
    });
    loginTokens.push(/#portal_login=(plt_[A-Za-z0-9_-]+)/.exec(((await link.json()) as { url: string }).url)![1]!);
  }
  limitRows.push(
    await burst('POST /v1/sessions/exchange', 'per address', LIMITS.exchangePerIp, 201, (i) =>
      postFrom(server, '127.0.0.4', '/v1/sessions/exchange', { login_token: loginTokens[i] }),
    ),
  );
  console.log('done');
} finally {
  await server.stop();
}

console.log('\nLoad (every answer must be 2xx):\n');
printTable([
  ['endpoint', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'non-2xx', 'errors', 'timeouts'],
  ...loadRows.map((r) => [
    `GET ${r.endpoint}`,
    r.requestsPerSecond.toFixed(0),
    String(r.p50),
    String(r.p99),
    String(r.total),
    String(r.non2xx),
    String(r.errors),
    String(r.timeouts),
  ]),
]);
console.log(`\nRate limits (a burst of limit + ${EXTRA} at once on one key, then one more):\n`);
printTable([
  ['endpoint', 'limit', 'sent', 'allowed', '429', 'other', 'Retry-After', 'verdict'],
  ...limitRows.map((r) => [
    `${r.endpoint} (${r.rule})`,
    String(r.limit),
    String(r.sent),
    String(r.allowed),
    String(r.limited),
    String(r.other),
    r.retryAfter,
    r.ok ? 'exact' : 'WRONG',
  ]),
]);
console.log('\nEvery customer request also writes the session\'s last_used_at (measured as it is).');
console.log(`Took ${((Date.now() - started) / 1000).toFixed(1)} s.`);

for (const r of loadRows) {
  if (r.errors || r.timeouts || r.non2xx) problems.push(`GET ${r.endpoint}: ${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts.`);
}
for (const r of limitRows) {
  if (!r.ok) problems.push(`${r.endpoint} (${r.rule}): ${r.allowed} allowed and ${r.limited} limited of ${r.sent}, expected ${r.limit} and ${r.sent - r.limit}.`);
}
if (loadRows.length !== endpoints.length) problems.push('Not every endpoint was measured.');
for (const problem of problems) console.log(`\nFAILED: ${problem}`);
process.exit(problems.length ? 1 : 0);
