import { defineConfig } from 'vite';

/**
 * The Vite config Storybook builds with (see main.ts), in place of the root
 * vite.config.ts, which is the kit's library build.
 *
 * Decorators need nothing here: Vite 8 compiles TypeScript with Oxc, which reads
 * `experimentalDecorators` and `useDefineForClassFields: false` from tsconfig.json, so
 * Lit's `@property`/`@state` decorators compile exactly as in the library build.
 */
export default defineConfig({
  // Storybook's renderer imports this one too; pre-bundled with the rest of lit, the dev
  // server loads one lit-html instead of two ("Multiple versions of Lit loaded").
  optimizeDeps: { include: ['lit/directive-helpers.js'] },
  build: { target: 'es2022' },
});
