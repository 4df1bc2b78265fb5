/**
 * A merchant's own copy of the bundle, for test sites on other origins: `portal-kit.js`
 * and the `portal-kit/` folder beside it (the shared kit chunk, the lazy dialogs, the
 * languages), as a merchant deploys dist/ — served from this checkout's dist/; and the
 * chunks a page loads with a bundle file (for `npm run size` and the bench).
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { root } from './reference-server.js';

/** The bundle's file at `pathname` (`/portal-kit.js`, `/portal-kit/…`), or undefined for any other path. */
export async function kitFile(pathname: string): Promise<Buffer | undefined> {
  const path = normalize(pathname);
  if (path !== '/portal-kit.js' && !path.startsWith('/portal-kit/')) return undefined;
  try {
    return await readFile(join(root, 'dist', path));
  } catch {
    return undefined;
  }
}

/** The chunks `file` imports statically (`import … from "./…"`), and theirs, as paths. */
export function staticImports(file: string, seen = new Set<string>()): string[] {
  const code = readFileSync(file, 'utf8');
  for (const [, spec] of code.matchAll(/\bimport\s*(?:[\w{}\s,*$]+from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g)) {
    const path = join(file, '..', spec!);
    if (seen.has(path)) continue;
    seen.add(path);
    staticImports(path, seen);
  }
  return [...seen];
}
