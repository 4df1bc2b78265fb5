/**
 * `npm test`: everything a submission must pass, in order — typecheck, server tests,
 * component tests in Chromium and Firefox, and end-to-end tests in Chromium against a
 * running server. Prints `N passed, N failed` over every runner as its last line.
 *
 * `npm test -- server` (or `components`, `e2e`, `typecheck`) runs only those steps.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
const failures: string[] = [];

function run(label: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n━━ ${label} ━━`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  if (!ok) failures.push(label);
  return ok;
}

function count(file: string, label: string, exitedOk: boolean): void {
  try {
    const c = JSON.parse(readFileSync(file, 'utf8')) as { passed: number; failed: number };
    passed += c.passed;
    failed += c.failed;
    // A runner that failed without counting a failed test (a crash, a load error) still fails.
    if (!exitedOk && c.failed === 0) failed++;
  } catch {
    failed++;
    if (!failures.includes(label)) failures.push(label);
  }
}

const nodeTest = (label: string, dir: string, name: string) => {
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
  ], { PORTAL_COUNT_FILE: out });
  count(out, label, ok);
};

if (want('typecheck')) {
  if (run('typecheck (tsc)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json'])) passed++;
  else failed++;
}

if (want('server')) nodeTest('server tests (node:test)', 'test/server', 'server');

if (want('components') || want('e2e')) ensureBrowsers();

if (want('components')) {
  const ok = run('component tests (Chromium, Firefox ESR)', 'npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs']);
  count(`${results}/wtr.json`, 'component tests (Chromium, Firefox ESR)', ok);
}

if (want('e2e')) {
  if (run('bundle for end-to-end tests (vite)', 'npx', ['vite', 'build', '--mode', 'bundle', '--logLevel', 'warn'])) {
    nodeTest('end-to-end tests (Chromium)', 'test/e2e', 'e2e');
  } else {
    failed++;
  }
}

writeFileSync(`${results}/summary.json`, JSON.stringify({ passed, failed, failures }));
console.log('');
if (failures.length) console.log(`Failed: ${failures.join('; ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || failures.length > 0 ? 1 : 0);
