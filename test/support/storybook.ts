/**
 * The built Storybook (storybook-static/) for end-to-end tests: built when missing or
 * older than what it is built from, and served as static files on 127.0.0.1.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { root } from './reference-server.js';

export const STORYBOOK_DIR = join(root, 'storybook-static');

/** What the Storybook build reads: a change in any of these makes it stale. */
const SOURCES = ['stories', 'src', '.storybook'];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Why storybook-static must be built again, or undefined when it is current. */
export function storybookStale(): string | undefined {
  const index = join(STORYBOOK_DIR, 'index.json');
  if (!existsSync(index) || !existsSync(join(STORYBOOK_DIR, 'iframe.html'))) return 'storybook-static/ is missing';
  const built = statSync(index).mtimeMs;
  const changed = SOURCES.find((dir) => existsSync(join(root, dir)) && newestMtime(join(root, dir)) > built);
  return changed ? `${changed}/ changed since storybook-static/ was built` : undefined;
}

/** Runs `npm run build-storybook` when storybook-static/ is missing or stale; throws when the build fails. */
export function ensureStorybook(): void {
  const reason = storybookStale();
  if (!reason) return;
  console.log(`Building Storybook (${reason})…`);
  const result = spawnSync('npm', ['run', 'build-storybook'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
  });
  if (result.status !== 0) throw new Error(`npm run build-storybook failed (${result.status ?? result.error?.message})`);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/** Serves `dir` on 127.0.0.1 (a free port); only files inside it. */
export async function serveStatic(dir = STORYBOOK_DIR): Promise<{ url: string; close: () => Promise<void> }> {
  const base = normalize(dir + sep);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(base)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'max-age=600' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
