/**
 * The locale chunks of the bundle build (`vite build --mode bundle`, dist/portal-kit.js):
 *
 * - every locale bundle file becomes its own chunk, `portal-kit/<locale>/<namespace>.js`
 *   beside portal-kit.js: names that never change; files of earlier builds removed;
 * - src/i18n/loaders.gen.ts, one `import()` per file with a random hash in each name
 *   (which gzip cannot shrink), gives way to the table of which locale has which
 *   namespaces and one function importing `./portal-kit/<locale>/<namespace>.js`
 *   relative to portal-kit.js.
 *
 * The emails' bundles stay out: only the server sends email. The per-module build (for
 * merchants' bundlers), the tests and Storybook keep loaders.gen.ts.
 */
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

const i18n = resolve(import.meta.dirname, '../../src/i18n');
const SERVER_ONLY = new Set(['email']);

/** Locale → the namespaces it has a file for (a regional locale: only those it changes). */
function localeTable(): Record<string, string[]> {
  const dir = join(i18n, 'locales');
  const locales = existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name) : [];
  return Object.fromEntries(
    locales.sort().map((locale) => [
      locale,
      readdirSync(join(dir, locale))
        .filter((f) => f.endsWith('.ts'))
        .map((f) => f.slice(0, -3))
        .filter((namespace) => !SERVER_ONLY.has(namespace))
        .sort(),
    ]),
  );
}

/**
 * The module that stands in for loaders.gen.ts: the same `loaders`, a fraction of the
 * size. Each locale's namespaces are spelled as one character each (its index in
 * `namespaces`, base 36), which gzip packs into almost nothing.
 */
function compactLoaders(table: Record<string, string[]>): string {
  const namespaces = [...new Set(Object.values(table).flat())].sort();
  const packed = Object.fromEntries(
    Object.entries(table).map(([locale, names]) => [locale, names.map((n) => namespaces.indexOf(n).toString(36)).join('')]),
  );
  return `const namespaces = ${JSON.stringify(namespaces)};
const table = ${JSON.stringify(packed)};
const load = (locale, namespace) => import(new URL(/* @vite-ignore */ \`./portal-kit/\${locale}/\${namespace}.js\`, import.meta.url).href);
export const loaders = {};
for (const [locale, indexes] of Object.entries(table)) {
  loaders[locale] = Object.fromEntries([...indexes].map((i) => namespaces[parseInt(i, 36)]).map((ns) => [ns, () => load(locale, ns)]));
}
`;
}

export function localeChunks(): Plugin {
  const loadersFile = join(i18n, 'loaders.gen.ts');
  return {
    name: 'portal-kit:locale-chunks',
    apply: 'build',
    buildStart() {
      for (const [locale, namespaces] of Object.entries(localeTable())) {
        for (const namespace of namespaces) {
          this.emitFile({ type: 'chunk', id: join(i18n, 'locales', locale, `${namespace}.ts`), fileName: `portal-kit/${locale}/${namespace}.js` });
        }
      }
    },
    load(id) {
      return id === loadersFile ? compactLoaders(localeTable()) : null;
    },
    // What an earlier build left in portal-kit/ and this one did not write (an old hash, a
    // locale or namespace since removed) goes. Pruned after writing, not emptied before,
    // so a server running meanwhile never finds the folder missing.
    writeBundle({ dir }, bundle) {
      const chunks = join(dir!, 'portal-kit');
      if (!existsSync(chunks)) return;
      for (const file of readdirSync(chunks, { recursive: true }) as string[]) {
        const path = join(chunks, file);
        if (!(`portal-kit/${file}` in bundle) && statSync(path).isFile()) rmSync(path);
      }
      for (const folder of readdirSync(chunks)) {
        const path = join(chunks, folder);
        if (statSync(path).isDirectory() && readdirSync(path).length === 0) rmSync(path, { recursive: true });
      }
    },
  };
}
