/**
 * Component tests in Debian's Chromium and Firefox ESR, against a real reference server
 * started for the run. Tests reach the server through two commands:
 * `portal-server` (its API base) and `portal-session` (a new session token).
 */
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { tsImport } from 'tsx/esm/api';
import { mkdirSync, writeFileSync } from 'node:fs';

const { CHROMIUM_PATH, FIREFOX_PATH, puppeteerChromiumArgs, firefoxPrefs } = await tsImport('./test/support/browsers.ts', import.meta.url);
const { freePort, startReferenceServer } = await tsImport('./test/support/reference-server.ts', import.meta.url);

const wtrPort = Number(process.env.WTR_PORT) || (await freePort());
const only = process.env.PORTAL_TEST_BROWSERS?.split(',') ?? ['chromium', 'firefox'];

/**
 * Reference servers by profile, all started with the test server (not on first use: a
 * test timing a session must not also pay for a server's start): `default`; `short`,
 * whose sessions idle out after 63 s (so the one-minute warning shows at once); `brief`,
 * whose sessions end 6 s after creation whatever the activity.
 */
const profiles = {
  default: {},
  short: { PORTAL_SESSION_IDLE_TTL_S: '63' },
  brief: { PORTAL_SESSION_MAX_TTL_S: '6' },
};
/** @type {Map<string, Promise<Awaited<ReturnType<typeof startReferenceServer>>>>} */
const servers = new Map();

function server(profile = 'default') {
  if (!(profile in profiles)) throw new Error(`Unknown server profile ${profile}`);
  if (!servers.has(profile)) {
    // The test page's origin, and the merchant site tests send the customer back to.
    const env = { PORTAL_ALLOWED_ORIGINS: `http://localhost:${wtrPort},https://shop.example.com`, ...profiles[profile] };
    servers.set(profile, startReferenceServer({ env }));
  }
  return servers.get(profile);
}

async function merchant(running, path, init = {}) {
  const response = await fetch(`${running.url}${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${running.secretKey}`, 'Content-Type': 'application/json', ...init.headers },
  });
  const body = await response.json();
  if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(body)}`);
  return body;
}

function portalServerPlugin() {
  return {
    name: 'portal-reference-server',
    async serverStart() {
      await Promise.all(Object.keys(profiles).map((profile) => server(profile)));
    },
    async serverStop() {
      await Promise.all([...servers.values()].map(async (running) => (await running).stop()));
    },
    async executeCommand({ command, payload }) {
      const { profile, customer = 'cus_demo', ...extra } = payload ?? {};
      if (command === 'portal-server') {
        const running = await server(profile);
        return { apiBase: running.apiBase, url: running.url };
      }
      if (command === 'portal-session') {
        const session = await (await server(profile)).createSession(customer, extra);
        return { token: session.token };
      }
      if (command === 'portal-fresh-customer') {
        // A new copy of a seeded customer, so a test can change it without touching others.
        const running = await server(profile);
        const copy = await merchant(running, '/v1/dev/customers', { method: 'POST', body: JSON.stringify({ template: customer }) });
        const session = await running.createSession(copy.id, extra);
        return { customer: copy.id, email: copy.email, ids: copy.ids, token: session.token };
      }
      if (command === 'portal-login-link') {
        const link = await merchant(await server(profile), '/v1/login-links', { method: 'POST', body: JSON.stringify({ customer }) });
        return { url: link.url, token: new URL(link.url).hash.replace('#portal_login=', '') };
      }
      if (command === 'portal-outbox') {
        const to = encodeURIComponent(extra.to ?? '');
        return merchant(await server(profile), `/v1/dev/outbox${to ? `?to=${to}` : ''}`);
      }
      if (command === 'portal-hosted-submit') {
        // The customer sends a hosted page's form: a POST from that page's own origin.
        const url = new URL(extra.url);
        const response = await fetch(url, {
          method: 'POST',
          redirect: 'manual',
          headers: { Origin: url.origin, 'Sec-Fetch-Site': 'same-origin', 'Content-Type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams(extra.fields).toString(),
        });
        return { status: response.status, location: response.headers.get('location') };
      }
      if (command === 'portal-merchant') {
        // Any merchant API call with the secret key; its status and body, whatever the status.
        const running = await server(profile);
        const response = await fetch(`${running.url}${extra.path}`, {
          method: extra.method ?? 'GET',
          headers: { Authorization: `Bearer ${running.secretKey}`, 'Content-Type': 'application/json' },
          body: extra.body === undefined ? undefined : JSON.stringify(extra.body),
        });
        return { status: response.status, body: await response.json() };
      }
      return undefined;
    },
  };
}

/**
 * Counts every test of every browser into .test-results/wtr.json for the summary of
 * `npm test` and `.ci/run`: `{ passed, failed, names }`, `names` saying which failed.
 */
function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      const names = [];
      const walk = (suite, where) => {
        for (const test of suite.tests ?? []) {
          if (test.skipped) continue;
          if (test.passed) passed++;
          else {
            failed++;
            names.push([...where, test.name].join(' › '));
          }
        }
        for (const child of suite.suites ?? []) walk(child, [...where, child.name]);
      };
      for (const session of sessions) {
        const where = [`${session.testFile.replace(`${process.cwd()}/`, '')} (${session.browser.name})`];
        if (session.testResults) walk(session.testResults, where);
        // A file that failed to load, or errored outside a test, counts as one failure.
        if (!session.passed && (session.errors?.length || !session.testResults)) {
          failed++;
          names.push(`${where[0]} › ${session.errors?.[0]?.message?.split('\n')[0] ?? 'did not run'}`);
        }
      }
      mkdirSync('.test-results', { recursive: true });
      writeFileSync('.test-results/wtr.json', JSON.stringify({ passed, failed, names }));
    },
  };
}

const browsers = [];
if (only.includes('chromium')) {
  browsers.push(chromeLauncher({ launchOptions: { executablePath: CHROMIUM_PATH, headless: true, args: puppeteerChromiumArgs() } }));
}
if (only.includes('firefox')) {
  browsers.push(
    puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: FIREFOX_PATH,
        headless: true,
        protocol: 'webDriverBiDi',
        extraPrefsFirefox: firefoxPrefs,
      },
    }),
  );
}

export default {
  files: ['test/*.test.ts'],
  port: wtrPort,
  hostname: 'localhost',
  nodeResolve: true,
  concurrency: 1,
  browsers,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), portalServerPlugin()],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter()],
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  browserStartTimeout: 60000,
};
