/**
 * `npm test`: everything a submission must pass, in order — typecheck, server tests (on
 * the embedded store, then again on PostgreSQL), component tests in Chromium and
 * Firefox, end-to-end tests in Chromium against a running server, and the size budgets
 * (`npm run size`, each budget a test). Prints the failed steps and tests by name, then
 * `N passed, N failed` over every runner as its last line.
 *
 * `npm test -- server` (or `postgres`, `components`, `e2e`, `size`, `typecheck`) runs only those
 * steps (`server` includes the PostgreSQL run).
 *
 * PostgreSQL for the second server run: PORTAL_TEST_DATABASE_URL when set; otherwise a
 * throwaway cluster on 127.0.0.1 (initdb into a temporary folder, as the `postgres` user
 * when running as root), stopped and deleted afterwards; Debian's `postgresql` is
 * installed with apt-get when missing and running as root. Without any of these the run
 * is skipped with the reason, or fails when PORTAL_REQUIRE_POSTGRES=1 (CI).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../test/support/reference-server.js';
import { storybookStale } from '../test/support/storybook.js';
import { ensureBrowsers } from './ensure-browsers.js';

const results = '.test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const want = (step: string) => wanted.length === 0 || wanted.includes(step);
const files = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.test.ts'))
    .sort()
    .map((f) => `${dir}/${f}`);

let passed = 0;
let failed = 0;
/** The steps that failed, by label. */
const failures: string[] = [];
/** The tests that failed, each `step: file › suite › test`. */
const failedTests: string[] = [];

function run(label: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n━━ ${label} ━━`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  if (!ok) failures.push(label);
  return ok;
}

function count(file: string, label: string, exitedOk: boolean): void {
  try {
    const c = JSON.parse(readFileSync(file, 'utf8')) as { passed: number; failed: number; names?: string[] };
    passed += c.passed;
    failed += c.failed;
    for (const name of c.names ?? []) failedTests.push(`${label}: ${name}`);
    // A runner that failed without counting a failed test (a crash, a load error) still fails.
    if (!exitedOk && c.failed === 0) failed++;
  } catch {
    failed++;
    if (!failures.includes(label)) failures.push(label);
  }
}

const nodeTest = (label: string, dir: string, name: string, env: Record<string, string> = {}) => {
  const out = `${results}/${name}.json`;
  const ok = run(label, process.execPath, [
    '--import',
    'tsx',
    '--test',
    '--test-concurrency=1',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/node-count-reporter.mjs',
    '--test-reporter-destination=stdout',
    ...files(dir),
  ], { ...env, PORTAL_COUNT_FILE: out });
  count(out, label, ok);
};

if (want('typecheck')) {
  if (run('typecheck (tsc)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json'])) passed++;
  else failed++;
}

if (want('server')) nodeTest('server tests (node:test)', 'test/server', 'server');

if (want('server') || want('postgres')) {
  const label = 'server tests (PostgreSQL)';
  const postgres = await postgresForTests();
  if ('url' in postgres) {
    try {
      nodeTest(label, 'test/server', 'server-postgres', { PORTAL_TEST_DATABASE_URL: postgres.url });
    } finally {
      postgres.stop();
    }
  } else if (process.env.PORTAL_REQUIRE_POSTGRES === '1') {
    console.log(`\n━━ ${label} ━━\nPostgreSQL is required (PORTAL_REQUIRE_POSTGRES=1) but not available: ${postgres.skipped}`);
    failures.push(label);
    failed++;
  } else {
    console.log(`\n━━ ${label} ━━\nSKIPPED: ${postgres.skipped}`);
  }
}

if (want('components') || want('e2e')) ensureBrowsers();

if (want('components')) {
  const ok = run('component tests (Chromium, Firefox ESR)', 'npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs']);
  count(`${results}/wtr.json`, 'component tests (Chromium, Firefox ESR)', ok);
}

if (want('e2e')) {
  // test/e2e/stories-a11y.test.ts runs axe over the built Storybook: build it first when stale.
  const stale = storybookStale();
  if (stale && !run(`Storybook for end-to-end tests (${stale})`, 'npm', ['run', 'build-storybook'])) failed++;
  if (run('bundle for end-to-end tests (vite)', 'npx', ['vite', 'build', '--mode', 'bundle', '--logLevel', 'warn'])) {
    nodeTest('end-to-end tests (Chromium)', 'test/e2e', 'e2e');
  } else {
    failed++;
  }
}

if (want('size')) {
  const label = 'size budgets (npm run size)';
  const out = `${results}/size.json`;
  count(out, label, run(label, 'npx', ['tsx', 'scripts/size.ts'], { PORTAL_COUNT_FILE: out }));
}

writeFileSync(`${results}/summary.json`, JSON.stringify({ passed, failed, failures, failedTests }));
console.log('');
if (failures.length) console.log(`Failed: ${failures.join('; ')}`);
for (const name of failedTests) console.log(`  ✗ ${name}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || failures.length > 0 ? 1 : 0);

/** The newest installed PostgreSQL's bin folder (Debian's layout), if any. */
function postgresBin(): string | undefined {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base)
    .filter((v) => existsSync(join(base, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? undefined : join(base, versions[0], 'bin');
}

/** A PostgreSQL the server tests can use, or why there is none. */
async function postgresForTests(): Promise<{ url: string; stop: () => void } | { skipped: string }> {
  const given = process.env.PORTAL_TEST_DATABASE_URL;
  if (given) return { url: given, stop: () => undefined };
  const root = process.getuid?.() === 0;
  let bin = postgresBin();
  if (!bin && root) {
    console.log("\nInstalling Debian's postgresql (apt-get) for the PostgreSQL server tests…");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    try {
      execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
      execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'postgresql'], { stdio: 'inherit', env });
    } catch (error) {
      return { skipped: `installing postgresql with apt-get failed (${(error as Error).message})` };
    }
    bin = postgresBin();
  }
  if (!bin) {
    return {
      skipped:
        'PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb) and this is not root. Install it with ' +
        '`sudo apt-get install postgresql`, or set PORTAL_TEST_DATABASE_URL=postgres://… to use a running server.',
    };
  }
  try {
    return await startCluster(bin, root);
  } catch (error) {
    return { skipped: `could not start a throwaway PostgreSQL cluster: ${(error as Error).message}` };
  }
}

/** initdb + pg_ctl start on 127.0.0.1 with a free port; everything in one temporary folder. */
async function startCluster(bin: string, root: boolean): Promise<{ url: string; stop: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'portal-kit-pg-'));
  const data = join(dir, 'data');
  // initdb refuses to run as root: then the cluster belongs to the `postgres` user.
  const as = (command: string, args: string[]) => (root ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args]) as [string, string[]];
  const run = (command: string, args: string[]) => {
    const [c, a] = as(command, args);
    const result = spawnSync(c, a, { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${command} failed: ${(result.stderr || result.stdout || String(result.error ?? '')).trim()}`);
  };
  let started = false;
  const stop = () => {
    if (started) {
      started = false;
      try {
        run(join(bin, 'pg_ctl'), ['stop', '-D', data, '-m', 'fast', '-w']);
      } catch (error) {
        console.error(`Stopping the throwaway PostgreSQL failed: ${(error as Error).message}`);
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stop);
  try {
    if (root) {
      const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
      const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
      chownSync(dir, uid, gid);
    }
    run(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync']);
    const port = await freePort();
    // Durability is not wanted for tests: no fsync, no synchronous commit.
    const options = `-h 127.0.0.1 -p ${port} -k ${dir} -F -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
    run(join(bin, 'pg_ctl'), ['start', '-D', data, '-w', '-t', '60', '-l', join(dir, 'server.log'), '-o', options]);
    started = true;
    console.log(`\nStarted a throwaway PostgreSQL (${bin}) on 127.0.0.1:${port}.`);
    return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop };
  } catch (error) {
    const log = join(dir, 'server.log');
    const tail = existsSync(log) ? `\n${readFileSync(log, 'utf8').split('\n').slice(-10).join('\n')}` : '';
    stop();
    throw new Error(`${(error as Error).message}${tail}`);
  }
}
