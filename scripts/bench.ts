/**
 * `npm run bench`: the kit against the floor in headless Chromium (issue #9).
 *
 * Builds dist/portal-kit.js and the floor (bench/floor.ts: one trivial Lit element,
 * bundled the same way), starts the reference server on loopback, and loads, each in a
 * fresh browser context (no cache), interleaved:
 * - the floor page: painted = the element's text is visible and a frame has been painted after it;
 * - `<portal-app>` signed in as cus_demo: painted = cus_demo's subscription names, default
 *   payment method and first invoice are visible in the shadow roots, and a frame has been
 *   painted after; plus the API requests and bytes it took to render (until the network is quiet);
 * - the same portal server-rendered: what the first load rendered, served as HTML with
 *   declarative shadow DOM and no script, painted by the same check — the most that
 *   server-rendered markup could give (informational, not a target);
 * - `<portal-app>` as cus_heavy (10,000 invoices): time to the first page of invoices, then
 *   "Show more invoices" pressed as a customer would until 1,000 invoices have been shown,
 *   recording the longest frame (Long Animation Frames, and rAF deltas), the Intl formatters
 *   built meanwhile, and the JS heap after a forced GC; then the same (in up to 3 runs) with
 *   `max-rows` set to 1,000, so that every invoice shown stays in the DOM.
 * The pages have the same HTML skeleton and come from one origin: a small front server
 * here serves them (and the floor's bundle) and passes everything else — the kit's bundle,
 * its chunks, /v1 — to the reference server unchanged.
 *
 * Prints a table (metric, value, target, pass/fail) and writes bench/results.json with
 * medians, p90, min and max. Informational: a missed target is marked, not an exit code.
 *
 * BENCH_RUNS (default 11) loads of each page; BENCH_BUILD=0 measures dist/portal-kit.js as
 * it is instead of building it first.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { randomUUID } from 'node:crypto';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_PATH, playwrightChromiumArgs } from '../test/support/browsers.js';
import { staticImports } from '../test/support/kit-files.js';
import { freePort, root, startReferenceServer, type RunningServer } from '../test/support/reference-server.js';

const RUNS = Number(process.env.BENCH_RUNS || 11);
if (!(Number.isInteger(RUNS) && RUNS >= 1 && RUNS <= 200)) throw new Error('BENCH_RUNS must be an integer between 1 and 200.');
/** Invoices the heavy customer pages through. */
const HEAVY_ROWS = 1000;
/** Runs with every shown invoice kept in the DOM (max-rows=HEAVY_ROWS): informational, and slow. */
const WIDE_RUNS = Math.min(RUNS, 3);
const VIEWPORT = { width: 1280, height: 900 };
/** The network counts as quiet (the portal rendered) after this long with nothing in flight. */
const QUIET_MS = 750;
const TARGETS = { ratio: 1.5, apiRequests: 4, frameMs: 50, formatters: 10 };

/** What "painted" waits for on a page; checked in the page on every frame. */
type ReadySpec =
  | { kind: 'floor' }
  | { kind: 'portal'; names: string[]; last4: string; invoice: string }
  | { kind: 'invoices'; invoice: string };

interface Painted {
  /** The frame in which the content was first seen (before that frame's paint), ms from navigation start. */
  seenAt: number;
  /** The next frame's start: a frame with the content has been painted (double rAF), ms from navigation start. */
  paintedAt: number;
}
interface Frames {
  start: number;
  end: number;
  frames: number;
  maxDelta: number;
  over50: number;
  /** For each "Show more", the longest gap between requestAnimationFrame callbacks from its press to the next press. */
  perPress: number[];
}
interface LongFrame {
  start: number;
  duration: number;
  blocking: number;
  /** Of the duration: in scripts, and in the frame's rendering (style, layout, paint) from renderStart. */
  script: number;
  render: number;
  /** The script that took longest, e.g. `BUTTON.onclick` or `Response.json.then`. */
  topScript: string;
}
interface Counters {
  intl: Record<string, number>;
  implicit: number;
}
/** What the page's instrumentation offers (window.__bench). */
interface BenchApi {
  painted: Promise<Painted>;
  loaf: LongFrame[];
  startFrames(): void;
  /** A press is about to happen: the frames from here on are its own. */
  markPress(): void;
  stopFrames(): Frames;
  counters(): Counters;
  invoiceNumbers(): string[];
  invoicesSettled(previousLast: string): boolean;
  whenSettled(previousLast: string): Promise<void>;
  setMaxRows(rows: number): Promise<void>;
}
declare global {
  interface Window {
    __bench: BenchApi;
  }
}

/**
 * The page's instrumentation, run before any of its scripts (serialized into the page,
 * so self-contained): counts Intl formatters built, records long animation frames, and
 * resolves `painted` once the spec's content is visible and a frame has been painted.
 */
function instrument(spec: ReadySpec): void {
  const counters: Counters = { intl: {}, implicit: 0 };
  // Every Intl constructor, with or without `new`…
  for (const name of ['NumberFormat', 'DateTimeFormat', 'PluralRules', 'RelativeTimeFormat', 'ListFormat', 'Collator', 'DisplayNames', 'Segmenter']) {
    const intl = Intl as unknown as Record<string, new (...args: unknown[]) => unknown>;
    const Ctor = intl[name];
    if (typeof Ctor !== 'function') continue;
    counters.intl[name] = 0;
    intl[name] = new Proxy(Ctor, {
      construct(target, args, newTarget) {
        counters.intl[name]!++;
        return Reflect.construct(target, args, newTarget) as object;
      },
      apply(target, self, args) {
        counters.intl[name]!++;
        return Reflect.apply(target as unknown as (...a: unknown[]) => unknown, self, args);
      },
    });
  }
  // …and the shortcuts that build one on each call.
  const shortcuts: Array<[object, string]> = [
    [Number.prototype, 'toLocaleString'],
    [BigInt.prototype, 'toLocaleString'],
    [Date.prototype, 'toLocaleString'],
    [Date.prototype, 'toLocaleDateString'],
    [Date.prototype, 'toLocaleTimeString'],
    [String.prototype, 'localeCompare'],
  ];
  for (const [proto, key] of shortcuts) {
    const original = (proto as Record<string, (...a: unknown[]) => unknown>)[key]!;
    Object.defineProperty(proto, key, {
      configurable: true,
      writable: true,
      value: function (this: unknown, ...args: unknown[]) {
        counters.implicit++;
        return original.apply(this, args);
      },
    });
  }

  const loaf: LongFrame[] = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const e = entry as PerformanceEntry & {
          blockingDuration: number;
          renderStart: number;
          scripts: Array<{ duration: number; invoker: string; sourceFunctionName: string }>;
        };
        const scripts = [...e.scripts].sort((a, b) => b.duration - a.duration);
        loaf.push({
          start: e.startTime,
          duration: e.duration,
          blocking: e.blockingDuration,
          script: scripts.reduce((total, s) => total + s.duration, 0),
          render: e.renderStart ? e.startTime + e.duration - e.renderStart : 0,
          topScript: scripts[0] ? `${scripts[0].invoker}${scripts[0].sourceFunctionName ? ` (${scripts[0].sourceFunctionName})` : ''}` : '',
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // Not in this browser: the rAF deltas still say.
  }

  /** The first element named `tag` in the document or any shadow root under it. */
  const find = (tag: string, from: Document | ShadowRoot = document): Element | null => {
    const direct = from.querySelector(tag);
    if (direct) return direct;
    for (const el of from.querySelectorAll('*')) {
      const found = el.shadowRoot ? find(tag, el.shadowRoot) : null;
      if (found) return found;
    }
    return null;
  };
  /** A text node under `root` (not in nested shadow roots) containing `needle` (any text without one) that the customer can see. */
  const visibleText = (root: ShadowRoot | null | undefined, needle?: string): boolean => {
    if (!root) return false;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node as Text).data;
      if (!(needle ? text.includes(needle) : text.trim())) continue;
      if (node.parentElement?.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return true;
    }
    return false;
  };
  const ready = (): boolean => {
    if (spec.kind === 'floor') return visibleText(find('bench-floor')?.shadowRoot);
    const invoices = find('portal-invoices')?.shadowRoot;
    if (!visibleText(invoices, spec.invoice)) return false;
    if (spec.kind === 'invoices') return true;
    const subscriptions = find('portal-subscriptions')?.shadowRoot;
    return spec.names.every((name) => visibleText(subscriptions, name)) && visibleText(find('portal-payment-method')?.shadowRoot, spec.last4);
  };

  let frames: (Frames & { on: boolean; last: number; pressMax: number; pressing: boolean }) | undefined;
  /** `<portal-invoices>`, looked up once found (the lookup walks every shadow root). */
  let invoicesElement: Element | null = null;
  const invoicesRoot = () => (invoicesElement ??= find('portal-invoices'))?.shadowRoot;
  const invoiceHeads = (): Element[] => [...(invoicesRoot()?.querySelectorAll('tbody th') ?? [])];
  const api: BenchApi = {
    painted: new Promise<Painted>((resolve) => {
      const poll = () => {
        if (!ready()) return void requestAnimationFrame(poll);
        const seenAt = performance.now();
        requestAnimationFrame(() => resolve({ seenAt, paintedAt: performance.now() }));
      };
      requestAnimationFrame(poll);
    }),
    loaf,
    startFrames() {
      const now = performance.now();
      const f = { start: now, end: now, frames: 0, maxDelta: 0, over50: 0, perPress: [] as number[], pressMax: 0, pressing: false, on: true, last: NaN };
      frames = f;
      const tick = (t: number) => {
        if (!f.on) return;
        if (!Number.isNaN(f.last)) {
          const delta = t - f.last;
          f.frames++;
          f.maxDelta = Math.max(f.maxDelta, delta);
          f.pressMax = Math.max(f.pressMax, delta);
          if (delta > 50) f.over50++;
        }
        f.last = t;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    },
    markPress() {
      const f = frames!;
      if (f.pressing) f.perPress.push(f.pressMax);
      f.pressing = true;
      f.pressMax = 0;
    },
    stopFrames() {
      const f = frames!;
      api.markPress();
      f.on = false;
      f.end = performance.now();
      return { start: f.start, end: f.end, frames: f.frames, maxDelta: f.maxDelta, over50: f.over50, perPress: f.perPress };
    },
    counters: () => ({ intl: { ...counters.intl }, implicit: counters.implicit }),
    invoiceNumbers: () => invoiceHeads().map((th) => th.textContent?.trim() ?? ''),
    invoicesSettled(previousLast) {
      const heads = invoiceHeads();
      const last = heads[heads.length - 1]?.textContent?.trim() ?? '';
      const more = invoicesRoot()?.querySelector('[part~="more"]');
      return last !== previousLast && (!more || more.getAttribute('aria-disabled') !== 'true');
    },
    // Checked on each change to the element's DOM (a MutationObserver), not by polling every
    // frame: polling put the bench's own script (~5 ms a frame) into the frames it measures.
    whenSettled(previousLast) {
      return new Promise<void>((resolve) => {
        const settled = () => {
          if (!api.invoicesSettled(previousLast)) return false;
          observer.disconnect();
          resolve();
          return true;
        };
        const observer = new MutationObserver(() => void settled());
        if (!settled()) observer.observe(invoicesRoot()!, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['aria-disabled'] });
      });
    },
    async setMaxRows(rows) {
      const invoices = find('portal-invoices') as (Element & { maxRows: number; updateComplete: Promise<unknown> }) | null;
      invoices!.maxRows = rows;
      await invoices!.updateComplete;
    },
  };
  window.__bench = api;
}

// ---------------------------------------------------------------------------------------
// Numbers

interface Stats {
  median: number;
  p90: number;
  min: number;
  max: number;
  n: number;
}
function stats(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { median: NaN, p90: NaN, min: NaN, max: NaN, n };
  const median = n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
  return { median: round(median), p90: percentile(values, 0.9), min: round(sorted[0]!), max: round(sorted[n - 1]!), n };
}
/** The nearest-rank percentile (`q` from 0 to 1). */
function percentile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? round(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!) : NaN;
}
const cpuStats = (list: Cpu[]) =>
  Object.fromEntries((['thread', 'script', 'compile', 'style', 'layout'] as const).map((k) => [k, stats(list.map((c) => c[k]))])) as Record<keyof Cpu, Stats>;
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
const kb = (bytes: number) => `${round(bytes / 1024)} KiB`;
const mb = (bytes: number) => `${round(bytes / 2 ** 20, 2)} MiB`;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

// ---------------------------------------------------------------------------------------
// The network, as Chromium counts it (CDP Network events of the page)

interface Request {
  url: string;
  path: string;
  type: string;
  /** Bytes received: response headers and body as sent (`Network.loadingFinished` encodedDataLength). */
  received: number;
  /** The body, decoded (sum of `Network.dataReceived` dataLength). */
  body: number;
  status?: number;
  done: boolean;
}
class NetworkLog {
  readonly requests = new Map<string, Request>();
  #lastEvent = Date.now();

  static async attach(cdp: CDPSession): Promise<NetworkLog> {
    const log = new NetworkLog();
    const get = (id: string) => log.requests.get(id);
    const touch = () => (log.#lastEvent = Date.now());
    cdp.on('Network.requestWillBeSent', (e) => {
      touch();
      const url = new URL(e.request.url);
      log.requests.set(e.requestId, { url: e.request.url, path: url.pathname, type: e.type ?? 'Other', received: 0, body: 0, done: false });
    });
    cdp.on('Network.responseReceived', (e) => {
      const r = get(e.requestId);
      if (r) r.status = e.response.status;
    });
    cdp.on('Network.dataReceived', (e) => {
      const r = get(e.requestId);
      if (r) r.body += e.dataLength;
    });
    cdp.on('Network.loadingFinished', (e) => {
      touch();
      const r = get(e.requestId);
      if (r) Object.assign(r, { received: e.encodedDataLength, done: true });
    });
    cdp.on('Network.loadingFailed', (e) => {
      touch();
      const r = get(e.requestId);
      if (r) r.done = true;
    });
    await cdp.send('Network.enable');
    return log;
  }

  get all(): Request[] {
    return [...this.requests.values()];
  }
  api = () => this.all.filter((r) => r.path.startsWith('/v1/'));
  scripts = () => this.all.filter((r) => r.type === 'Script');

  /** Resolves once nothing is in flight and nothing started for `QUIET_MS` (at most 15 s). */
  async quiet(): Promise<void> {
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      if (this.all.every((r) => r.done) && Date.now() - this.#lastEvent >= QUIET_MS) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('The network never went quiet.');
  }
}

// ---------------------------------------------------------------------------------------
// The front server: one origin for both pages

/** Serves each prepared page once, the floor's bundle, and passes everything else to the reference server. */
async function startFront(server: RunningServer, port: number, floorJs: string) {
  const pages = new Map<string, string>();
  const agent = new http.Agent({ keepAlive: true });
  const hopByHop = new Set(['connection', 'keep-alive', 'transfer-encoding']);
  const front = http.createServer((req, res) => {
    const url = req.url ?? '/';
    const page = url.startsWith('/bench/page/') ? url.slice('/bench/page/'.length) : undefined;
    if (page !== undefined) {
      const body = pages.get(page);
      pages.delete(page);
      if (!body) return void res.writeHead(404).end();
      // The headers the demo page is served with, less its CSP (the floor would not need one).
      return void res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(body);
    }
    if (url === '/bench/floor.js') {
      // As server/pages.ts serves /portal-kit.js: read per request, no-cache.
      return void readFile(floorJs).then((js) =>
        res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' }).end(js),
      );
    }
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => !hopByHop.has(k)));
    const upstream = http.request(
      { host: '127.0.0.1', port: server.port, path: url, method: req.method, headers: { ...headers, host: `localhost:${server.port}` }, agent },
      (answer) => {
        const out = Object.fromEntries(Object.entries(answer.headers).filter(([k]) => !hopByHop.has(k)));
        res.writeHead(answer.statusCode ?? 502, out as http.OutgoingHttpHeaders);
        answer.pipe(res);
      },
    );
    upstream.on('error', (error) => res.writeHead(502).end(String(error)));
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => front.listen(port, '127.0.0.1', resolve));
  const origin = `http://localhost:${port}`;
  return {
    origin,
    /** The URL of a page (served once) with the shared skeleton around `body`, loading `script` (none when empty). */
    page(script: string, body: string): string {
      const id = randomUUID();
      pages.set(
        id,
        `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Billing</title>
    ${script ? `<script type="module" src="${script}"></script>` : ''}
  </head>
  <body>
    <main>
      <h1>Billing</h1>
      ${body}
    </main>
  </body>
</html>
`,
      );
      return `${origin}/bench/page/${id}`;
    },
    async close() {
      agent.destroy();
      await new Promise((resolve) => front.close(resolve));
    },
  };
}

/**
 * The portal as it was rendered in `page`, as HTML a server could have sent: every shadow
 * root written as declarative shadow DOM (`<template shadowrootmode>`), each with its
 * adopted stylesheets as a `<style>`, and no script. Loading it shows what painting costs
 * when nothing has to be fetched, run or rendered in the page first: the most that
 * server-rendered markup could give (the page would still load the kit to become
 * interactive, after it has painted).
 */
async function serverRenderedSnapshot(page: Page): Promise<string> {
  // A string, not a function: tsx's keepNames helpers do not exist in the page.
  return page.evaluate(`(() => {
    const roots = [];
    const walk = (root) => { for (const el of root.querySelectorAll('*')) if (el.shadowRoot) { roots.push(el.shadowRoot); walk(el.shadowRoot); } };
    walk(document);
    for (const root of roots) {
      const style = document.createElement('style');
      style.textContent = root.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\\n')).join('\\n');
      root.prepend(style);
    }
    const main = document.querySelector('main');
    main.querySelector('h1')?.remove();
    return main.getHTML({ shadowRoots: roots });
  })()`);
}

// ---------------------------------------------------------------------------------------
// One load

/** Where a load's time went (Resource Timing, ms from navigation start). */
interface Timeline {
  /** The page's HTML arrived. */
  html: number;
  /** The last script arrived. */
  scripts: number;
  /** The first API request went out, and the last API answer before it painted arrived. */
  firstApi?: number;
  lastApi?: number;
}

/** Main-thread CPU time (not wall time: robust to other work on the machine), ms, since the page opened. */
interface Cpu {
  thread: number;
  script: number;
  compile: number;
  style: number;
  layout: number;
}

interface Load {
  painted: Painted;
  timeline: Timeline;
  /** At the point the network went quiet (the page rendered). */
  cpu: Cpu;
  network: NetworkLog;
  heap: number;
  page: Page;
  cdp: CDPSession;
  close(): Promise<void>;
}

/** Opens `url` in a fresh context (no cache) and waits until it painted what `spec` names. */
async function load(browser: Browser, url: string, spec: ReadySpec): Promise<Load> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US', colorScheme: 'light' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // Serialized into the page: tsx's keepNames helper (__name) must exist there too.
  await page.addInitScript({ content: `(() => { const __name = (f) => f; (${instrument.toString()})(${JSON.stringify(spec)}); })();` });
  const cdp = await context.newCDPSession(page);
  const network = await NetworkLog.attach(cdp);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  try {
    await page.goto(url, { waitUntil: 'commit' });
    const painted = await Promise.race([
      page.evaluate(() => window.__bench.painted),
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error(`${spec.kind}: not painted in 30 s. ${errors.join(' ')}`)), 30_000),
      ),
    ]);
    await network.quiet();
    const timeline = await page.evaluate((paintedAt) => {
      const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const api = resources.filter((e) => new URL(e.name).pathname.startsWith('/v1/') && e.responseEnd <= paintedAt);
      const scripts = resources.filter((e) => e.initiatorType === 'script');
      return {
        html: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).responseEnd,
        scripts: Math.max(0, ...scripts.map((e) => e.responseEnd)),
        firstApi: api.length ? Math.min(...api.map((e) => e.startTime)) : undefined,
        lastApi: api.length ? Math.max(...api.map((e) => e.responseEnd)) : undefined,
      };
    }, painted.paintedAt);
    const cpu = await cpuTime(cdp);
    const heap = await heapUsed(cdp);
    return { painted, timeline, cpu, network, heap, page, cdp, close: () => context.close() };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** The renderer's main-thread CPU time so far (Performance metrics in thread ticks). */
async function cpuTime(cdp: CDPSession): Promise<Cpu> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const ms = (name: string) => round((metrics.find((m) => m.name === name)?.value ?? NaN) * 1000);
  return { thread: ms('ThreadTime'), script: ms('ScriptDuration'), compile: ms('V8CompileDuration'), style: ms('RecalcStyleDuration'), layout: ms('LayoutDuration') };
}

/** JS heap in use after a forced garbage collection. */
async function heapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

interface HeavyRun {
  firstPage: number;
  timeline: Timeline;
  invoicesShown: number;
  pages: number;
  rowsInDom: number;
  frames: Frames;
  longFrames: LongFrame[];
  longestLoaf: number;
  formattersWhilePaging: Record<string, number>;
  implicitWhilePaging: number;
  formattersTotal: number;
  heapFirstPage: number;
  heapAfter: number;
  pagingMs: number;
  /** Main-thread CPU per "Show more" (with the bench's own clicking and polling). */
  cpuPerPage: Cpu;
}

/**
 * cus_heavy: the first page of invoices, then "Show more invoices" until HEAVY_ROWS
 * invoices were shown; with `maxRows`, `<portal-invoices max-rows>` set first (by default
 * it keeps 200 rows on the page and lets the oldest-loaded go).
 */
async function heavyRun(browser: Browser, url: string, spec: ReadySpec, maxRows?: number): Promise<HeavyRun> {
  const run = await load(browser, url, spec);
  const { page, cdp } = run;
  try {
    if (maxRows) await page.evaluate((rows) => window.__bench.setMaxRows(rows), maxRows);
    const seen = new Set(await page.evaluate(() => window.__bench.invoiceNumbers()));
    const before = await page.evaluate(() => window.__bench.counters());
    const more = page.locator('portal-invoices [part~="more"]');
    const cpuBefore = await cpuTime(cdp);
    await page.evaluate(() => window.__bench.startFrames());
    let numbers = [...seen];
    let pages = 0;
    while (seen.size < HEAVY_ROWS && pages < 500) {
      if ((await more.count()) === 0) break;
      await page.evaluate(() => window.__bench.markPress());
      await more.click();
      await Promise.race([
        page.evaluate((last) => window.__bench.whenSettled(last), numbers.at(-1) ?? ''),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('"Show more" did not settle in 30 s')), 30_000)),
      ]);
      pages++;
      numbers = await page.evaluate(() => window.__bench.invoiceNumbers());
      for (const n of numbers) seen.add(n);
    }
    const frames = await page.evaluate(() => window.__bench.stopFrames());
    const cpuAfter = await cpuTime(cdp);
    const after = await page.evaluate(() => window.__bench.counters());
    const longFrames = (await page.evaluate(() => window.__bench.loaf)).filter((f) => f.start >= frames.start && f.start <= frames.end);
    const formattersWhilePaging = Object.fromEntries(Object.entries(after.intl).map(([k, v]) => [k, v - (before.intl[k] ?? 0)]));
    return {
      firstPage: run.painted.paintedAt,
      timeline: run.timeline,
      invoicesShown: seen.size,
      pages,
      rowsInDom: numbers.length,
      frames,
      longFrames,
      longestLoaf: Math.max(0, ...longFrames.map((f) => f.duration)),
      formattersWhilePaging,
      implicitWhilePaging: after.implicit - before.implicit,
      formattersTotal: sum(Object.values(after.intl)),
      heapFirstPage: run.heap,
      heapAfter: await heapUsed(cdp),
      pagingMs: frames.end - frames.start,
      cpuPerPage: Object.fromEntries(
        Object.entries(cpuAfter).map(([k, v]) => [k, round((v - cpuBefore[k as keyof Cpu]) / Math.max(1, pages))]),
      ) as unknown as Cpu,
    };
  } finally {
    await run.close();
  }
}

// ---------------------------------------------------------------------------------------
// The run

if (!existsSync(CHROMIUM_PATH)) {
  console.error(`npm run bench needs Debian's chromium at ${CHROMIUM_PATH} (sudo apt-get install -y chromium, or set CHROMIUM_PATH).`);
  process.exit(1);
}
const loadBefore = os.loadavg()[0]!;
if (loadBefore > os.cpus().length) {
  console.warn(`The load average (${round(loadBefore, 1)}) is above the core count (${os.cpus().length}): other work competes for the CPU and every time below grows.\n`);
}
if (RUNS < 10) console.warn(`BENCH_RUNS=${RUNS}: the issue asks for at least 10 loads; these medians are noisier.\n`);

if (process.env.BENCH_BUILD === '0') console.log('Measuring dist/portal-kit.js as it is (BENCH_BUILD=0); building the floor…');
else {
  console.log('Building dist/portal-kit.js and the floor…');
  execFileSync('npx', ['vite', 'build', '--mode', 'bundle', '--logLevel', 'warn'], { stdio: 'inherit', cwd: root });
}
const floorDir = mkdtempSync(join(os.tmpdir(), 'portal-kit-bench-'));
await build({
  root,
  configFile: false,
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: floorDir,
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    lib: { entry: join(root, 'bench/floor.ts'), formats: ['es'], fileName: () => 'floor.js' },
    rolldownOptions: { output: { minify: true } },
  },
});
const floorJs = join(floorDir, 'floor.js');
const kitJs = join(root, 'dist/portal-kit.js');
const fileSize = (file: string) => ({ bytes: statSync(file).size, gzip: gzipSync(readFileSync(file)).length });
/** A bundle file with the chunks it imports at once (portal-kit.js and the kit chunk): what a page loads up front. */
const upFrontSize = (file: string) => {
  const sizes = [file, ...staticImports(file)].map(fileSize);
  return { bytes: sum(sizes.map((s) => s.bytes)), gzip: sum(sizes.map((s) => s.gzip)) };
};

const frontPort = await freePort();
const server = await startReferenceServer({
  env: { PORTAL_WEBHOOK_URL: '', PORTAL_ALLOWED_ORIGINS: `http://localhost:${frontPort}` },
});
const front = await startFront(server, frontPort, floorJs);
let browser: Browser | undefined;
try {
  // What cus_demo's and cus_heavy's portal must show, from the API itself.
  const read = async (token: string, path: string) => {
    const response = await fetch(`${server.apiBase}${path}`, { headers: { Authorization: `Bearer ${token}` } });
    if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
    return (await response.json()) as { data: Array<Record<string, unknown>> };
  };
  const demoToken = (await server.createSession('cus_demo')).token;
  const subscriptions = await read(demoToken, '/subscriptions');
  const methods = await read(demoToken, '/payment-methods');
  const method = methods.data.find((m) => m.is_default) ?? methods.data[0];
  const last4 = JSON.stringify(method).match(/"last4":"(\d{4})"/)?.[1];
  const demoInvoice = (await read(demoToken, '/invoices?limit=1')).data[0]?.number as string | undefined;
  const heavyInvoice = (await read((await server.createSession('cus_heavy')).token, '/invoices?limit=1')).data[0]?.number as string | undefined;
  if (!last4 || !demoInvoice || !heavyInvoice) throw new Error('cus_demo or cus_heavy lacks the data the bench waits for.');
  const names = [...new Set(subscriptions.data.map((s) => (s.product as { name: string }).name))];
  const portalSpec: ReadySpec = { kind: 'portal', names, last4, invoice: demoInvoice };
  const heavySpec: ReadySpec = { kind: 'invoices', invoice: heavyInvoice };

  /** A fresh session per page view, minted before the clock starts, as a merchant's server would render it. */
  const portalPage = async (customer: string) => {
    const { token } = await server.createSession(customer);
    if (!/^[\w-]+$/.test(token)) throw new Error('Unexpected token shape.');
    return front.page('/portal-kit.js', `<portal-app api-base="/v1" token="${token}"></portal-app>`);
  };
  const floorPage = () => front.page('/bench/floor.js', '<bench-floor></bench-floor>');

  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: playwrightChromiumArgs() });
  console.log(`Chromium ${browser.version()}; ${RUNS} loads of each page, interleaved, one fresh context each.\n`);

  // One of each first, discarded: the browser's own first-use costs are nobody's.
  await (await load(browser, floorPage(), { kind: 'floor' })).close();
  const first = await load(browser, await portalPage('cus_demo'), portalSpec);
  const snapshot = await serverRenderedSnapshot(first.page);
  await first.close();
  const serverRenderedPage = () => front.page('', snapshot);

  const floor: Array<{ painted: Painted; timeline: Timeline; cpu: Cpu; heap: number; jsBytes: number; jsRequests: number }> = [];
  const portal: Array<{ painted: Painted; timeline: Timeline; cpu: Cpu; heap: number; api: Request[]; scripts: Request[] }> = [];
  const serverRendered: Array<{ painted: Painted }> = [];
  const heavy: HeavyRun[] = [];
  const wide: HeavyRun[] = [];
  for (let i = 0; i < RUNS; i++) {
    // Alternate which goes first, so neither always follows the other.
    const order = i % 2 ? (['portal', 'floor', 'server-rendered'] as const) : (['server-rendered', 'floor', 'portal'] as const);
    for (const which of order) {
      if (which === 'floor') {
        const run = await load(browser, floorPage(), { kind: 'floor' });
        const scripts = run.network.scripts();
        floor.push({ painted: run.painted, timeline: run.timeline, cpu: run.cpu, heap: run.heap, jsBytes: sum(scripts.map((r) => r.received)), jsRequests: scripts.length });
        await run.close();
      } else if (which === 'server-rendered') {
        const run = await load(browser, serverRenderedPage(), portalSpec);
        serverRendered.push({ painted: run.painted });
        await run.close();
      } else {
        const run = await load(browser, await portalPage('cus_demo'), portalSpec);
        portal.push({ painted: run.painted, timeline: run.timeline, cpu: run.cpu, heap: run.heap, api: run.network.api(), scripts: run.network.scripts() });
        await run.close();
      }
    }
    heavy.push(await heavyRun(browser, await portalPage('cus_heavy'), heavySpec));
    if (i < WIDE_RUNS) wide.push(await heavyRun(browser, await portalPage('cus_heavy'), heavySpec, HEAVY_ROWS));
    process.stdout.write(`  run ${i + 1}/${RUNS}: floor ${round(floor.at(-1)!.painted.paintedAt)} ms, portal ${round(portal.at(-1)!.painted.paintedAt)} ms, cus_heavy first page ${round(heavy.at(-1)!.firstPage)} ms, longest frame ${round(heavy.at(-1)!.longestLoaf)} ms${i < WIDE_RUNS ? ` (max-rows=${HEAVY_ROWS}: ${round(wide.at(-1)!.longestLoaf)} ms)` : ''}\n`);
  }

  // ------------------------------------------------------------------------------------
  // Summary

  const floorPainted = stats(floor.map((r) => r.painted.paintedAt));
  const portalPainted = stats(portal.map((r) => r.painted.paintedAt));
  const ratio = round(portalPainted.median / floorPainted.median, 2);
  const serverRenderedPainted = stats(serverRendered.map((r) => r.painted.paintedAt));
  const apiRequests = stats(portal.map((r) => r.api.length));
  const apiBytes = stats(portal.map((r) => sum(r.api.map((q) => q.received))));
  const apiBodyBytes = stats(portal.map((r) => sum(r.api.map((q) => q.body))));
  const jsRequests = stats(portal.map((r) => r.scripts.length));
  const jsBytes = stats(portal.map((r) => sum(r.scripts.map((q) => q.received))));
  const endpoints = [...new Set(portal.flatMap((r) => r.api.map((q) => q.path)))];
  const failedApi = portal.flatMap((r) => r.api.filter((q) => q.status !== undefined && q.status >= 400).map((q) => `${q.status} ${q.path}`));
  const longestLoaf = stats(heavy.map((r) => r.longestLoaf));
  const longestRaf = stats(heavy.map((r) => r.frames.maxDelta));
  const presses = heavy.flatMap((r) => r.frames.perPress);
  const formatters = stats(heavy.map((r) => sum(Object.values(r.formattersWhilePaging)) + r.implicitWhilePaging));
  const heapHeavy = stats(heavy.map((r) => r.heapAfter));
  const cpuRatio = round(stats(portal.map((r) => r.cpu.thread)).median / stats(floor.map((r) => r.cpu.thread)).median, 2);

  const results = {
    date: new Date().toISOString(),
    machine: {
      cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
      cores: os.cpus().length,
      memoryGiB: round(os.totalmem() / 2 ** 30),
      os: `${osName()} (${os.type()} ${os.release()} ${os.arch()})`,
      node: process.version,
      chromium: browser.version(),
      /** 1-minute load average before and after: above the core count, other work competed for the CPU. */
      loadAverage: [round(loadBefore, 2), round(os.loadavg()[0]!, 2)],
      playwright: (JSON.parse(readFileSync(join(root, 'node_modules/playwright-core/package.json'), 'utf8')) as { version: string }).version,
    },
    method: {
      runs: RUNS,
      warmup: 'one load of each page first, discarded',
      loads: 'each in a fresh browser context (no cache), floor, portal and server-rendered portal interleaved, in alternating orders',
      viewport: VIEWPORT,
      painted:
        'ms from navigation start to the start of the frame after the one in which the content was first seen visible (double requestAnimationFrame); same check for every page',
      portalPainted: `cus_demo's subscription names (${names.join(', ')}), default payment method (…${last4}) and first invoice (${demoInvoice}) visible in <portal-app>'s shadow roots`,
      bytes: 'received as Chromium counts them (CDP Network.loadingFinished encodedDataLength: response headers + body as sent); body = decoded body (Network.dataReceived)',
      apiRequests: `/v1/ requests from navigation until nothing was in flight for ${QUIET_MS} ms`,
      longestFrame:
        'Long Animation Frames entries (frames of 50 ms or more) while paging; 0 when there were none. Also the longest gap between consecutive requestAnimationFrame callbacks. After each press the bench waits for the new page through a MutationObserver in the page, not by polling every frame (which added its own script to the frames measured)',
      formatters: 'Intl constructors (with or without new) and toLocale…/localeCompare calls while paging (each builds a formatter)',
      heap: 'Runtime.getHeapUsage usedSize after HeapProfiler.collectGarbage',
      cpu:
        "the renderer main thread's CPU time (Performance.getMetrics in thread ticks: ThreadTime; style and layout from RecalcStyle/LayoutDuration; ScriptDuration leaves out promise callbacks, where Lit renders). Per \"Show more\" it includes Playwright's clicking (hover, hit testing) and the bench's polling",
      origin: 'one front server on loopback serves both pages and the floor bundle and passes the kit bundle and /v1 through to the reference server',
      serverRendered:
        "the portal as the warm-up load rendered it, served as HTML with declarative shadow DOM (each shadow root's adopted styles as a <style>) and no script, interleaved with the other two: what server-rendered markup could reach at most; not a target",
    },
    bundle: { portalKit: upFrontSize(kitJs), floor: fileSize(floorJs) },
    floor: {
      paintedMs: floorPainted,
      cpuMs: cpuStats(floor.map((r) => r.cpu)),
      htmlMs: stats(floor.map((r) => r.timeline.html)),
      scriptsMs: stats(floor.map((r) => r.timeline.scripts)),
      jsRequests: stats(floor.map((r) => r.jsRequests)),
      jsBytes: stats(floor.map((r) => r.jsBytes)),
      heapBytes: stats(floor.map((r) => r.heap)),
    },
    portal: {
      paintedMs: portalPainted,
      seenMs: stats(portal.map((r) => r.painted.seenAt)),
      /** Where the time went: HTML in, scripts in, first API request out, last API answer in (before painted). */
      htmlMs: stats(portal.map((r) => r.timeline.html)),
      scriptsMs: stats(portal.map((r) => r.timeline.scripts)),
      firstApiMs: stats(portal.flatMap((r) => r.timeline.firstApi ?? [])),
      lastApiMs: stats(portal.flatMap((r) => r.timeline.lastApi ?? [])),
      ratioToFloor: ratio,
      /** Main-thread CPU until the network went quiet: what the page costs whatever else the machine does. */
      cpuMs: cpuStats(portal.map((r) => r.cpu)),
      cpuRatioToFloor: cpuRatio,
      apiRequests,
      apiEndpoints: endpoints,
      apiFailures: failedApi,
      apiBytes,
      apiBodyBytes,
      jsRequests,
      jsBytes,
      heapBytes: stats(portal.map((r) => r.heap)),
    },
    serverRendered: {
      htmlBytes: Buffer.byteLength(snapshot),
      htmlGzipBytes: gzipSync(snapshot).length,
      paintedMs: serverRenderedPainted,
      ratioToFloor: round(serverRenderedPainted.median / floorPainted.median, 2),
    },
    heavy: {
      firstPageMs: stats(heavy.map((r) => r.firstPage)),
      scriptsMs: stats(heavy.map((r) => r.timeline.scripts)),
      firstApiMs: stats(heavy.flatMap((r) => r.timeline.firstApi ?? [])),
      lastApiMs: stats(heavy.flatMap((r) => r.timeline.lastApi ?? [])),
      invoicesShown: stats(heavy.map((r) => r.invoicesShown)),
      showMoreClicks: stats(heavy.map((r) => r.pages)),
      rowsInDomAtEnd: stats(heavy.map((r) => r.rowsInDom)),
      pagingMs: stats(heavy.map((r) => r.pagingMs)),
      cpuPerShowMoreMs: cpuStats(heavy.map((r) => r.cpuPerPage)),
      longestFrameMs: longestLoaf,
      longFramesPerRun: stats(heavy.map((r) => r.longFrames.length)),
      /** The five longest frames of all runs, with where their time went: what dominates. */
      longestFrames: heavy
        .flatMap((r) => r.longFrames)
        .sort((a, b) => b.duration - a.duration)
        .slice(0, 5)
        .map((f) => ({ ...f, start: round(f.start), duration: round(f.duration), blocking: round(f.blocking), script: round(f.script), render: round(f.render) })),
      longestRafGapMs: longestRaf,
      rafGapsOver50PerRun: stats(heavy.map((r) => r.frames.over50)),
      /** Every press of every run: its longest requestAnimationFrame gap (a multiple of the ~16.7 ms frame interval). */
      longestRafGapPerPressMs: { ...stats(presses), p95: percentile(presses, 0.95) },
      formattersBuiltWhilePaging: formatters,
      formattersBuiltWhilePagingByKind: heavy[0]?.formattersWhilePaging,
      formattersBuiltInAll: stats(heavy.map((r) => r.formattersTotal)),
      heapFirstPageBytes: stats(heavy.map((r) => r.heapFirstPage)),
      heapAfterBytes: heapHeavy,
    },
    /** The same with `max-rows="${HEAVY_ROWS}"`: every invoice shown stays in the DOM. */
    heavyAllRows: {
      maxRows: HEAVY_ROWS,
      runs: WIDE_RUNS,
      rowsInDomAtEnd: stats(wide.map((r) => r.rowsInDom)),
      pagingMs: stats(wide.map((r) => r.pagingMs)),
      cpuPerShowMoreMs: cpuStats(wide.map((r) => r.cpuPerPage)),
      longestFrameMs: stats(wide.map((r) => r.longestLoaf)),
      longFramesPerRun: stats(wide.map((r) => r.longFrames.length)),
      longestRafGapMs: stats(wide.map((r) => r.frames.maxDelta)),
      formattersBuiltWhilePaging: stats(wide.map((r) => sum(Object.values(r.formattersWhilePaging)) + r.implicitWhilePaging)),
      heapAfterBytes: stats(wide.map((r) => r.heapAfter)),
    },
    targets: [] as Array<{ metric: string; value: string; target: string; pass: boolean | null }>,
  };

  const rows = results.targets;
  const row = (metric: string, value: string, target = '', pass: boolean | null = null) => rows.push({ metric, value, target, pass });
  row('Floor page painted (median)', `${floorPainted.median} ms`);
  row("<portal-app> painted with cus_demo's data (median)", `${portalPainted.median} ms`, `≤ ${round(TARGETS.ratio * floorPainted.median)} ms`, ratio <= TARGETS.ratio);
  row('  ratio to the floor', `${ratio}×`, `≤ ${TARGETS.ratio}×`, ratio <= TARGETS.ratio);
  const ssr = results.serverRendered;
  row('  the same portal server-rendered, no script (the most SSR could give)', `${ssr.paintedMs.median} ms, ${ssr.ratioToFloor}× (${kb(ssr.htmlBytes)} HTML, ${kb(ssr.htmlGzipBytes)} gzip)`);
  row('API requests to render <portal-app>', `${apiRequests.median}${apiRequests.min !== apiRequests.max ? ` (${apiRequests.min}–${apiRequests.max})` : ''}`, `≤ ${TARGETS.apiRequests}`, apiRequests.max <= TARGETS.apiRequests);
  const p = results.portal;
  row('  where: HTML, JS in, 1st API out, last API in', `${p.htmlMs.median}, ${p.scriptsMs.median}, ${p.firstApiMs.median}, ${p.lastApiMs.median} ms`);
  row('  main-thread CPU to render: floor, portal (ratio)', `${results.floor.cpuMs.thread.median}, ${p.cpuMs.thread.median} ms (${cpuRatio}×)`);
  row('  API bytes received (body)', `${kb(apiBytes.median)} (${kb(apiBodyBytes.median)})`);
  row('  JS requests, bytes received (portal)', `${jsRequests.median}, ${kb(jsBytes.median)}`);
  row('  JS requests, bytes received (floor)', `${results.floor.jsRequests.median}, ${kb(results.floor.jsBytes.median)}`);
  row('cus_heavy: first page of invoices (median)', `${results.heavy.firstPageMs.median} ms`);
  row(`cus_heavy: longest frame paging to ${HEAVY_ROWS} (median run)`, `${longestLoaf.median} ms (rAF ${longestRaf.median} ms)`, `≤ ${TARGETS.frameMs} ms`, longestLoaf.median <= TARGETS.frameMs);
  row('  worst run', `${longestLoaf.max} ms (rAF ${longestRaf.max} ms)`, `≤ ${TARGETS.frameMs} ms`, longestLoaf.max <= TARGETS.frameMs);
  const press = results.heavy.longestRafGapPerPressMs;
  row(`  each press's longest frame (rAF gap), of ${press.n}: median, p90, p95`, `${press.median}, ${press.p90}, ${press.p95} ms`);
  const perPage = results.heavy.cpuPerShowMoreMs;
  row('  main-thread CPU per "Show more" (of it style+layout)', `${perPage.thread.median} ms (${round(perPage.style.median + perPage.layout.median)} ms)`);
  row(`  formatters built while paging to ${HEAVY_ROWS}`, `${formatters.median} (max ${formatters.max})`, `≤ ${TARGETS.formatters}, not per row`, formatters.max <= TARGETS.formatters);
  row(`cus_heavy: JS heap after ${HEAVY_ROWS} invoices shown (median)`, `${mb(heapHeavy.median)} (${results.heavy.rowsInDomAtEnd.median} rows in the DOM)`);
  row('  JS heap: floor, cus_demo portal', `${mb(results.floor.heapBytes.median)}, ${mb(results.portal.heapBytes.median)}`);
  const w = results.heavyAllRows;
  row(
    `  with max-rows=${HEAVY_ROWS} (${WIDE_RUNS} runs): longest frame, CPU per "Show more", heap`,
    `${w.longestFrameMs.median} ms, ${w.cpuPerShowMoreMs.thread.median} ms, ${mb(w.heapAfterBytes.median)} (${w.rowsInDomAtEnd.median} rows)`,
  );
  row('Bundle: portal-kit.js + the kit chunk (gzip), floor', `${kb(results.bundle.portalKit.bytes)} (${kb(results.bundle.portalKit.gzip)}), ${kb(results.bundle.floor.bytes)}`);

  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => [r.metric, r.value, r.target][i]!.length), 6));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log(`\n${line(['Metric', 'Value', 'Target'])}  Result`);
  console.log('-'.repeat(sum(widths) + 6 + 8));
  for (const r of rows) console.log(`${line([r.metric, r.value, r.target])}  ${r.pass === null ? '' : r.pass ? 'pass' : 'FAIL'}`);
  console.log(`\nAPI requests: ${endpoints.join(', ')}${failedApi.length ? `\nAPI errors: ${[...new Set(failedApi)].join(', ')}` : ''}`);
  const missed = rows.filter((r) => r.pass === false);
  if (missed.length) console.log(`\nMISSED ${missed.length} target${missed.length > 1 ? 's' : ''}: ${missed.map((r) => r.metric.trim()).join('; ')}`);

  mkdirSync(join(root, 'bench'), { recursive: true });
  writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwrote bench/results.json (${results.machine.cpu}, ${results.machine.cores} cores, ${results.machine.memoryGiB} GiB, ${results.machine.os})`);
} finally {
  await browser?.close();
  await front.close();
  await server.stop();
  rmSync(floorDir, { recursive: true, force: true });
}

function osName(): string {
  try {
    return readFileSync('/etc/os-release', 'utf8').match(/^PRETTY_NAME="?([^"\n]*)"?$/m)?.[1] ?? os.type();
  } catch {
    return os.type();
  }
}
