/**
 * A merchant's own copy of the bundle, for test sites on other origins: `portal-kit.js`
 * and the `portal-kit/` folder beside it (the shared kit chunk, the lazy dialogs, the
 * languages), as a merchant deploys dist/ — served from this checkout's dist/.
 */
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
