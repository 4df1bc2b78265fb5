import { defineConfig } from 'vite';
import { localeChunks } from './scripts/vite/locale-chunks.js';
import { minifyTemplates } from './scripts/vite/minify-templates.js';

const external = [/^lit($|\/)/, /^@lit\//, /^@floating-ui\//];

/**
 * Two builds of the kit:
 * - default: one ES module per source file under dist/, lit and friends left as imports,
 *   for merchants' bundlers (entry points per element; see package.json `exports`);
 * - `--mode bundle`: dist/portal-kit.js, everything inlined and minified, registering
 *   every element, for one `<script type="module">` on any page.
 */
export default defineConfig(({ mode }) => {
  if (mode === 'bundle') {
    return {
      plugins: [
        localeChunks(), // portal-kit/<locale>/<namespace>.js, and a compact table of them
        minifyTemplates(), // lit html`…` and css`…` templates without comments and spare white space
      ],
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2022',
        minify: true,
        lib: { entry: 'src/portal-kit.ts', formats: ['es'], fileName: () => 'portal-kit.js' },
        // Locale bundles stay lazy chunks beside it, in dist/portal-kit/ (see localeChunks); what
        // they share (plural rules) and the pseudo-locale are hashed chunks there too.
        // What the elements share with the lazy chunks (lit, the state layer: most of the kit)
        // is a hashed chunk, portal-kit/kit-….js, that portal-kit.js imports at once; the lazy
        // chunks import it too, by that same URL. (Were it in portal-kit.js itself, a page that
        // loads `portal-kit.js?v=2` would get a second copy of the kit from a chunk's import.)
        rolldownOptions: {
          output: {
            minify: true,
            // The chunk with lit's core in it is the kit chunk, whatever module the bundler names it
            // after; what only lazy chunks share (a directive two dialogs use) is `shared-….js`;
            // a generated module's chunk loses its `.gen` (contract-schemas-later-….js).
            chunkFileNames: ({ name, moduleIds }) =>
              `portal-kit/${moduleIds.some((id) => id.includes('/node_modules/lit-html/lit-html.js')) ? 'kit' : name === 'kit' ? 'shared' : name.replace(/\.gen$/, '')}-[hash].js`,
            // One kit chunk, whichever lazy chunks share which of its modules (left to itself the
            // bundler makes one chunk per set of sharers: the page would load several). The
            // locale bundles' own modules (plural rules) stay out of it.
            codeSplitting: {
              groups: [{ name: 'kit', tags: ['$initial'], minShareCount: 2, test: (id) => !/[\\/]src[\\/]i18n[\\/](locales[\\/]|plural\.)/.test(id) }],
            },
          },
        },
      },
    };
  }
  return {
    plugins: [minifyTemplates()],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      minify: false,
      lib: {
        entry: {
          index: 'src/index.ts',
          'define/portal-session': 'src/define/portal-session.ts',
          'define/portal-app': 'src/define/portal-app.ts',
          'define/portal-invoices': 'src/define/portal-invoices.ts',
          'define/portal-profile': 'src/define/portal-profile.ts',
          'define/portal-license-keys': 'src/define/portal-license-keys.ts',
          'define/portal-login': 'src/define/portal-login.ts',
          'define/portal-subscriptions': 'src/define/portal-subscriptions.ts',
          'define/portal-payment-method': 'src/define/portal-payment-method.ts',
        },
        formats: ['es'],
      },
      rolldownOptions: {
        external,
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
});
