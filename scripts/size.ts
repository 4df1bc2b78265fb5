/**
 * `npm run size`: what the kit costs a merchant's page, each figure beside its budget
 * (gzip -9 of the minified build). Fails (exit 1) when any figure is over its budget.
 *
 * Each figure has the issue's `target` (#9) and the `budget` enforced now: the target
 * where it is met, else a ceiling just above today's size that only ever moves down
 * (lower it with each saving, never raise it). A figure over its target is shown so.
 *
 * - `dist/portal-kit.js`: every element, lit included, English inline (`vite build --mode bundle`),
 *   with the chunk it imports at once (portal-kit/kit-….js, what it shares with the lazy chunks);
 * - one element with what it needs: `<portal-invoices>` with `<portal-session>`, the
 *   state layer and lit, built the same way from a temporary entry into a temporary folder;
 * - each locale bundle the kit loads lazily (dist/portal-kit/<locale>/<namespace>.js), and
 *   each other lazy chunk (the subscription dialogs and the payment method's, loaded on first use; plural rules; pseudo-locale).
 *
 * With PORTAL_COUNT_FILE set (npm test), each budget counts as a test there: `{ passed, failed, names }`.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { staticImports } from '../test/support/kit-files.js';

const KB = 1024;
const root = join(import.meta.dirname, '..');

interface Figure {
  name: string;
  bytes: number;
  gzip: number;
  /** What issue #9 asks for. */
  target: number;
  /** What `npm test` enforces: the target, or the ceiling while the target is not met yet. */
  budget: number;
}

/** Ceilings (gzip bytes) for the figures not yet within their targets; see the comment at the top. */
const CEILING = { bundle: 43 * KB, single: 27.3 * KB };

/**
 * Any other lazy chunk beside portal-kit.js, each at most this (gzip): the largest is the
 * subscription dialogs with their English (7.7 KB), then the payment method's dialog with
 * its English and styles (4.5 KB), each fetched when the customer heads for it (issue #9
 * sets no figure for them).
 */
const LAZY_CHUNK = 9 * KB;

const gzip = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const figure = (name: string, file: string, target: number, ceiling = 0): Figure => ({
  name,
  bytes: statSync(file).size,
  gzip: gzip(file),
  target,
  budget: Math.max(target, ceiling),
});

/** Every .js file under `dir`. */
function scripts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? scripts(path) : entry.name.endsWith('.js') ? [path] : [];
  });
}

/** The bundle build of vite.config.ts, quiet, with another entry and output folder. */
async function bundle(entry: string, outDir: string): Promise<void> {
  await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    mode: 'bundle',
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      lib: { entry, formats: ['es'], fileName: () => 'entry.js' },
    },
  });
}

const figures: Figure[] = [];

// The whole kit, exactly as shipped: what a page loads with its one script tag is
// portal-kit.js and the chunks it imports at once (the kit chunk it shares with the lazy ones).
await build({ root, configFile: join(root, 'vite.config.ts'), mode: 'bundle', logLevel: 'warn' });
const dist = join(root, 'dist');
const entry = join(dist, 'portal-kit.js');
const upFront = [entry, ...staticImports(entry)];
figures.push({
  ...figure(`dist/portal-kit.js + ${upFront.length - 1} chunk it imports (every element)`, entry, 40 * KB, CEILING.bundle),
  bytes: upFront.reduce((sum, file) => sum + statSync(file).size, 0),
  gzip: upFront.reduce((sum, file) => sum + gzip(file), 0),
});

// One element with what it needs: an entry registering just the two.
const single = mkdtempSync(join(tmpdir(), 'portal-kit-size-'));
try {
  const entry = join(single, 'entry.ts');
  writeFileSync(entry, ['portal-session', 'portal-invoices'].map((n) => `import ${JSON.stringify(join(root, `src/define/${n}.ts`))};\n`).join(''));
  await bundle(entry, join(single, 'out'));
  const files = [join(single, 'out', 'entry.js'), ...staticImports(join(single, 'out', 'entry.js'))];
  figures.push({
    ...figure('<portal-invoices> + session, state, lit', files[0]!, 22 * KB, CEILING.single),
    bytes: files.reduce((sum, file) => sum + statSync(file).size, 0),
    gzip: files.reduce((sum, file) => sum + gzip(file), 0),
  });
} finally {
  rmSync(single, { recursive: true, force: true });
}

// What loads later: each locale bundle (portal-kit/<locale>/<namespace>.js), and the other
// lazy chunks beside them (the subscription dialogs, the plural rules, the pseudo-locale).
const chunks = join(dist, 'portal-kit');
for (const file of scripts(chunks).sort()) {
  if (upFront.includes(file)) continue;
  const name = relative(chunks, file);
  if (name.includes('/')) figures.push(figure(`locale ${name}`, file, 3 * KB));
  else figures.push(figure(`lazy chunk ${name.replace(/-[\w-]{8}\.js$/, '')}`, file, LAZY_CHUNK));
}

const over = figures.filter((f) => f.gzip > f.budget);
const countFile = process.env.PORTAL_COUNT_FILE;
if (countFile) writeFileSync(countFile, JSON.stringify({ passed: figures.length - over.length, failed: over.length, names: over.map((f) => `${f.name} over budget`) }));
printTable();
process.exit(over.length ? 1 : 0);

/** The figures beside their budgets: the two bundles, the largest locale bundle, any locale bundle over. */
function printTable(): void {
  const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
  const locales = figures.filter((f) => f.name.startsWith('locale '));
  const shown = [...figures.filter((f) => !f.name.startsWith('locale ')), ...over.filter((f) => f.name.startsWith('locale '))];
  const largest = locales.reduce<Figure | undefined>((a, f) => (!a || f.gzip > a.gzip ? f : a), undefined);
  if (largest && !shown.includes(largest)) shown.push({ ...largest, name: `largest ${largest.name} (of ${locales.length})` });
  const width = Math.max(...shown.map((f) => f.name.length));
  console.log(`${'bundle'.padEnd(width)}  ${'minified'.padStart(9)}  ${'gzip'.padStart(8)}  ${'target'.padStart(8)}  ${'budget'.padStart(8)}`);
  for (const f of shown) {
    const mark = f.gzip > f.budget ? '  ✗ OVER BUDGET' : f.gzip > f.target ? `  ✗ ${kb(f.gzip - f.target)} over target (ceiling held)` : '  ✓';
    const budget = f.budget === f.target ? '' : kb(f.budget);
    console.log(`${f.name.padEnd(width)}  ${kb(f.bytes).padStart(9)}  ${kb(f.gzip).padStart(8)}  ${kb(f.target).padStart(8)}  ${budget.padStart(8)}${mark}`);
  }
  const missed = figures.filter((f) => f.gzip > f.target).length;
  console.log(
    over.length
      ? `\n${over.length} over budget.`
      : `\nEvery bundle within budget (${locales.length} locale bundles ≤ ${kb(3 * KB)})${missed ? `; ${missed} not yet within the issue's target` : ''}.`,
  );
}
