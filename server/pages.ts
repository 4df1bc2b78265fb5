/**
 * Demo mode's pages: the demo merchant page at `/` (signed in as cus_demo, the way a
 * merchant's own server would render it) and the kit's bundle it loads.
 */
import { Hono, type Context } from 'hono';
import { etag } from 'hono/etag';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { LOCALES, NAMESPACES } from '../src/i18n/locales.js';
import type { AppDeps } from './http.js';
import { hashToken, newId, newToken } from './tokens.js';

const root = fileURLToPath(new URL('..', import.meta.url));
export const DEMO_CUSTOMER = 'cus_demo';
const DEMO_CUSTOMERS = ['cus_demo', 'cus_invoice_only', 'cus_methods', 'cus_heavy', 'cus_new'];
const DEMO_ASSETS: Record<string, string> = { 'site.css': 'text/css; charset=utf-8', 'switcher.js': 'text/javascript; charset=utf-8' };

const escapeAttribute = (s: string) =>
  s.replace(/[&"'<>]/g, (ch) => ({ '&': '&amp;', '"': '&quot;', "'": '&#39;', '<': '&lt;', '>': '&gt;' })[ch]!);

export function demoPages({ db, now }: AppDeps): Hono {
  const pages = new Hono();

  /**
   * The demo pages hold a session token: a strict CSP — scripts, styles and connections
   * from this server only, Trusted Types for Lit's templates — which the kit works under
   * unchanged. (Never cached, never framed, nosniff: `securityHeaders()` in http.ts.)
   */
  const pageHeaders = {
    'Content-Security-Policy': [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' https: data:",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'self'",
      "frame-ancestors 'none'",
      "require-trusted-types-for 'script'",
      'trusted-types lit-html',
    ].join('; '),
  };

  const page = async (token: string) => {
    const template = await readFile(`${root}index.html`, 'utf8');
    return template.replaceAll('%PORTAL_DEMO_TOKEN%', escapeAttribute(token));
  };

  // The demo merchant's billing page, its customer signed in: as a merchant's backend
  // would, the server mints a session for cus_demo on every page view.
  pages.get('/', async (c) => {
    // The demo switcher may ask for another seeded customer.
    const asked = c.req.query('customer');
    const customer = asked && DEMO_CUSTOMERS.includes(asked) ? asked : DEMO_CUSTOMER;
    const token = newToken('pst');
    await db.run(
      `INSERT INTO portal_sessions (id, token_hash, customer_id, created_at) VALUES ($1, $2, $3, $4)`,
      [newId('bps'), hashToken(token), customer, now()],
    );
    return c.html(await page(token), 200, pageHeaders);
  });

  // The portal page that session and login links open (`#portal_session=…`,
  // `#portal_login=…`); without a token in the link it asks for the customer's email.
  pages.get('/portal', async (c) => c.html(await page(''), 200, pageHeaders));

  pages.get('/favicon.svg', (c) =>
    c.body(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="8" fill="#4f46e5"/>' +
        '<text x="16" y="22" font-family="sans-serif" font-size="18" font-weight="700" fill="#fff" text-anchor="middle">A</text></svg>',
      200,
      { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'max-age=86400' },
    ),
  );

  // The demo merchant site's own stylesheet and controls.
  pages.get('/demo/:file', async (c) => {
    const file = c.req.param('file');
    const type = DEMO_ASSETS[file];
    if (!type) return c.text('Not found.', 404);
    return c.body(await readFile(`${root}demo/${file}`, 'utf8'), 200, { 'Content-Type': type, 'Cache-Control': 'no-cache' });
  });

  // The bundle's lazy chunks, beside it (scripts/vite/locale-chunks.ts): each locale bundle
  // under a name that stays the same from build to build, so revalidated (ETag); what they
  // share under a content hash, so kept a year. Only names the build makes are read.
  const chunk = async (c: Context, file: string, cache: string) => {
    try {
      const js = await readFile(`${root}dist/portal-kit/${file}`, 'utf8');
      return c.body(js, 200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': cache });
    } catch {
      return c.text('No such chunk.', 404);
    }
  };
  pages.get('/portal-kit/:locale{[A-Za-z-]+}/:file{[A-Za-z]+\\.js}', etag(), async (c) => {
    const locale = c.req.param('locale');
    const namespace = c.req.param('file').slice(0, -'.js'.length);
    if (!(LOCALES as readonly string[]).includes(locale) || !Object.hasOwn(NAMESPACES, namespace)) return c.text('No such chunk.', 404);
    return chunk(c, `${locale}/${namespace}.js`, 'no-cache');
  });
  pages.get('/portal-kit/:chunk{[A-Za-z0-9_-]+-[A-Za-z0-9_-]{8}\\.js}', (c) => chunk(c, c.req.param('chunk'), 'public, max-age=31536000, immutable'));

  pages.get('/portal-kit.js', async (c) => {
    try {
      const js = await readFile(`${root}dist/portal-kit.js`, 'utf8');
      return c.body(js, 200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' });
    } catch {
      return c.text('dist/portal-kit.js is missing: run `npm run build:kit` (npm start does it for you).', 503);
    }
  });

  return pages;
}
