/**
 * `npm run build`: dist/ with one ES module per source file (lit left as an import),
 * the self-contained dist/portal-kit.js, .d.ts types, and custom-elements.json.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const step = (label: string, command: string, args: string[]) => {
  console.log(`\n━━ ${label} ━━`);
  execFileSync(command, args, { stdio: 'inherit' });
};

rmSync('dist', { recursive: true, force: true });
step('ES modules per element (vite)', 'npx', ['vite', 'build']);
step('self-contained dist/portal-kit.js (vite)', 'npx', ['vite', 'build', '--mode', 'bundle']);
step('types (tsc)', 'npx', ['tsc', '-p', 'tsconfig.build.json']);
step('custom elements manifest', 'npx', ['custom-elements-manifest', 'analyze', '--config', 'custom-elements-manifest.config.mjs']);
