/**
 * End to end in Chromium, after `vite build --mode bundle`: the bundle's locale chunks as
 * the reference server serves them. One file per locale and namespace, at a fixed name
 * (scripts/vite/locale-chunks.ts), nothing stale and no emails; a page in Canadian French
 * loads only the fr-CA and fr files of what it shows, each once, under the page's strict
 * CSP; the pseudo-locale's code arrives only when it is asked for.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { useServerAndBrowser } from '../support/e2e.js';
import { root } from '../support/reference-server.js';

/** The kit chunk portal-kit.js imports at once (what it shares with its lazy chunks). */
const KIT = /^\.\/portal-kit\/kit-[A-Za-z0-9_-]{8}\.js$/;
const SHARED = /^[A-Za-z0-9_-]+-[A-Za-z0-9_-]{8}\.js$/; // a chunk the locale files share (plural rules), or the pseudo-locale
const dist = join(root, 'dist');
const sources = join(root, 'src/i18n/locales');

interface Seen {
  path: string;
  status: number;
  type: string;
  cache: string;
  etag: string | undefined;
}

/** A page that records every request under /portal-kit/ and every CSP violation or error. */
async function watchedPage(browser: Browser): Promise<{ page: Page; chunks: Seen[]; problems: () => Promise<string[]> }> {
  const page = await browser.newPage({ locale: 'en-US' });
  const chunks: Seen[] = [];
  const errors: string[] = [];
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (!pathname.startsWith('/portal-kit/')) return;
    const headers = response.headers();
    chunks.push({ path: pathname, status: response.status(), type: headers['content-type'] ?? '', cache: headers['cache-control'] ?? '', etag: headers['etag'] });
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { violations: string[] }).violations = []);
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const problems = async () => [...errors, ...(await page.evaluate(() => (window as unknown as { violations: string[] }).violations))];
  return { page, chunks, problems };
}

describe('locale chunks of the bundle', () => {
  const e2e = useServerAndBrowser();

  it('are portal-kit/<locale>/<namespace>.js, one per locale file, no emails, nothing else but shared chunks', () => {
    const expected = readdirSync(sources).flatMap((locale) =>
      readdirSync(join(sources, locale))
        .filter((f) => f !== 'email.ts')
        .map((f) => `${locale}/${f.replace(/\.ts$/, '.js')}`),
    );
    const built = (readdirSync(join(dist, 'portal-kit'), { recursive: true }) as string[]).filter((f) => f.endsWith('.js'));
    assert.deepEqual(built.filter((f) => f.includes('/')).sort(), expected.sort());
    assert.deepEqual(built.filter((f) => !f.includes('/') && !SHARED.test(f)), []);
    const kit = readFileSync(join(dist, 'portal-kit.js'), 'utf8');
    assert.doesNotMatch(kit, /email\.login\.subject/, 'the emails’ English is in portal-kit.js');
    // Before it runs, portal-kit.js imports one chunk: the kit it shares with the lazy chunks; that one imports none.
    const imports = [...kit.matchAll(/\bimport\s*(?:[\w{}\s,*$]+from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g)].map((m) => m[1]);
    assert.equal(imports.length, 1, imports.join(' '));
    assert.match(imports[0]!, KIT);
    assert.doesNotMatch(readFileSync(join(dist, imports[0]!), 'utf8'), /\bimport\s*(?:[\w{}\s,*$]+from\s*)?["'`]\./, 'the kit chunk imports another');
  });

  it('a page in Canadian French loads the fr-CA and fr files of what it shows, each once, under the page’s CSP', async () => {
    const { page, chunks, problems } = await watchedPage(e2e.browser);
    await page.goto(`${e2e.server.url}/?lang=fr-CA`);
    const french = (await import('../../src/i18n/locales/fr/invoices.js')).default;
    await page.locator('portal-invoices [part="title"]').filter({ hasText: french['invoices.title'] }).waitFor();
    await page.locator('portal-subscriptions [part="title"]').filter({ hasText: 'Abonnements' }).waitFor(); // fr's: fr-CA changes only the flows

    const paths = chunks.map((c) => c.path);
    assert.equal(new Set(paths).size, paths.length, `a file loaded twice: ${paths.join(' ')}`);
    for (const file of ['fr-CA/common', 'fr/common', 'fr/invoices', 'fr/subscriptions', 'fr/subscriptionFlows', 'fr-CA/subscriptionFlows']) {
      assert.ok(paths.includes(`/portal-kit/${file}.js`), `${file} was not loaded: ${paths.join(' ')}`);
    }
    assert.deepEqual(
      paths.filter((p) => !/^\/portal-kit\/(fr|fr-CA)\/[A-Za-z]+\.js$/.test(p) && !SHARED.test(p.slice('/portal-kit/'.length))),
      [],
      'another language’s file',
    );
    assert.ok(!paths.some((p) => /email|pseudo/.test(p)), paths.join(' '));
    for (const chunk of chunks) {
      assert.equal(chunk.status, 200, chunk.path);
      assert.match(chunk.type, /^text\/javascript/, chunk.path);
      if (SHARED.test(chunk.path.slice('/portal-kit/'.length))) assert.equal(chunk.cache, 'public, max-age=31536000, immutable', chunk.path);
      else assert.ok(chunk.cache === 'no-cache' && chunk.etag, `${chunk.path}: ${chunk.cache} ${chunk.etag}`);
    }
    assert.deepEqual(await problems(), []);
    await page.close();
  });

  it('loads the pseudo-locale only when it is asked for', async () => {
    const { page, chunks, problems } = await watchedPage(e2e.browser);
    await page.goto(`${e2e.server.url}/`);
    await page.locator('portal-invoices [part="title"]').filter({ hasText: 'Invoices' }).waitFor();
    const languageFiles = () => chunks.filter((c) => !/^\/portal-kit\/kit-[A-Za-z0-9_-]{8}\.js$/.test(c.path));
    assert.deepEqual(languageFiles(), [], 'English needs no chunk but the kit');
    await page.goto(`${e2e.server.url}/?lang=en-XA`);
    await page.locator('portal-invoices [part="title"]').filter({ hasText: '·' }).waitFor();
    assert.deepEqual(
      languageFiles().map((c) => [c.path.replace(/-[A-Za-z0-9_-]{8}\.js$/, ''), c.status]),
      [['/portal-kit/pseudo', 200]],
    );
    assert.deepEqual(await problems(), []);
    await page.close();
  });

  it('the server reads only the names the build makes', async () => {
    const status = async (path: string) => (await fetch(`${e2e.server.url}${path}`)).status;
    assert.equal(await status('/portal-kit/de/invoices.js'), 200);
    for (const path of [
      '/portal-kit/de/email.js', // server-only: never built
      '/portal-kit/xx/invoices.js',
      '/portal-kit/de/constructor.js',
      '/portal-kit/de/nope.js',
      '/portal-kit/de/..%2F..%2Fpackage.json',
      '/portal-kit/..%2Fportal-kit.js',
      '/portal-kit/plural.js',
    ]) {
      assert.equal(await status(path), 404, path);
    }
    const again = await fetch(`${e2e.server.url}/portal-kit/de/invoices.js`, {
      headers: { 'If-None-Match': (await fetch(`${e2e.server.url}/portal-kit/de/invoices.js`)).headers.get('etag')! },
    });
    assert.equal(again.status, 304, 'the ETag revalidates');
  });
});
