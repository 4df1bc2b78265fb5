/**
 * `npm run bench:server`: a bounded load test of the reference server on loopback.
 *
 * Starts the real server (server/main.ts, a fresh embedded store — or PostgreSQL when
 * DATABASE_URL is set), creates a portal session for cus_demo, and runs autocannon
 * against the customer API's list endpoints with the session token: requests/s, p99
 * latency, errors and non-2xx answers per endpoint. Then stops the server.
 *
 * Each customer request also records the session's activity (an UPDATE of
 * last_used_at), so these are read endpoints that write once per request: measured as
 * they are.
 *
 * BENCH_DURATION_S (default 10) and BENCH_CONNECTIONS (default 50) bound the load.
 */
import autocannon from 'autocannon';
import { startReferenceServer } from '../test/support/reference-server.js';

const duration = Number(process.env.BENCH_DURATION_S || 10);
const connections = Number(process.env.BENCH_CONNECTIONS || 50);
if (!(duration > 0 && duration <= 300)) throw new Error('BENCH_DURATION_S must be between 1 and 300.');
if (!(Number.isInteger(connections) && connections > 0 && connections <= 1000)) {
  throw new Error('BENCH_CONNECTIONS must be an integer between 1 and 1000.');
}

interface Row {
  endpoint: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  total: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

const endpoints = ['/v1/subscriptions', '/v1/invoices?limit=20'];

const server = await startReferenceServer({ env: { PORTAL_WEBHOOK_URL: '' } });
const rows: Row[] = [];
const notes: string[] = [];
try {
  const store = process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'embedded SQLite';
  console.log(`Reference server on ${server.url} (${store}); ${connections} connections, ${duration} s per endpoint.\n`);
  // Sessions expire 5 minutes after creation unless used; every run below uses it at once.
  const { token } = await server.createSession('cus_demo');
  const headers = { Authorization: `Bearer ${token}` };

  for (const endpoint of endpoints) {
    const probe = await fetch(`${server.url}${endpoint}`, { headers });
    if (probe.status === 404) {
      notes.push(`${endpoint}: skipped — the server has no such route yet (404).`);
      continue;
    }
    if (probe.status !== 200) {
      notes.push(`${endpoint}: skipped — answered ${probe.status}: ${(await probe.text()).slice(0, 200)}`);
      continue;
    }
    await probe.arrayBuffer();
    process.stdout.write(`${endpoint} … `);
    const result = await autocannon({ url: `${server.url}${endpoint}`, connections, duration, headers });
    console.log('done');
    rows.push({
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
} finally {
  await server.stop();
}

console.log('');
const table = [
  ['endpoint', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'non-2xx', 'errors', 'timeouts'],
  ...rows.map((r) => [
    `GET ${r.endpoint}`,
    r.requestsPerSecond.toFixed(0),
    String(r.p50),
    String(r.p99),
    String(r.total),
    String(r.non2xx),
    String(r.errors),
    String(r.timeouts),
  ]),
];
const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
for (const row of table) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
for (const note of notes) console.log(`\nNote: ${note}`);
console.log('\nEvery customer request also writes the session\'s last_used_at (measured as it is).');
const bad = rows.some((r) => r.errors > 0 || r.non2xx > 0);
if (bad) console.log('Some requests failed (non-2xx or connection errors): see the table.');
process.exit(bad || rows.length === 0 ? 1 : 0);
