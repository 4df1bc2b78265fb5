/**
 * Where Debian's browsers live, and the flags they need on a machine with no outside
 * network (and as root, no sandbox).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/lib/firefox-esr/firefox-esr';

export const chromiumArgs = [
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

/**
 * Chromium 15x builds the address bar's WebUI popup for every new window, headless too:
 * a second renderer loading ~300 modules while the page under test loads (on two cores it
 * slowed every page load measured by a third). Puppeteer turns it off by default from
 * 24.x on (puppeteer#15278); these flags do it for the versions here.
 */
const QUIET_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

/** For puppeteer (web-test-runner's launcher), which merges a `--disable-features` into its own. */
export const puppeteerChromiumArgs = (): string[] => [...chromiumArgs, `--disable-features=${QUIET_FEATURES.join(',')}`];

/**
 * For Playwright, which passes its own `--disable-features` and leaves ours after it:
 * Chromium keeps only the last one, so this repeats Playwright's list (read from its
 * launcher) with ours. Where that list cannot be read, Playwright's stands alone.
 */
export function playwrightChromiumArgs(): string[] {
  try {
    const launcher = join(dirname(createRequire(import.meta.url).resolve('playwright-core/package.json')), 'lib/coreBundle.js');
    const list = /disabledFeatures = \[([^\]]*)\]/.exec(readFileSync(launcher, 'utf8'))?.[1] ?? '';
    const playwrights = [...list.matchAll(/^\s*"(\w+)"/gm)].map((m) => m[1]!);
    if (playwrights.includes('PaintHolding')) return [...chromiumArgs, `--disable-features=${[...playwrights, ...QUIET_FEATURES].join(',')}`];
  } catch {
    // another layout of playwright-core: its own list only
  }
  return [...chromiumArgs];
}

/** Firefox preferences that keep it from reaching for Mozilla's hosts. */
export const firefoxPrefs: Record<string, unknown> = {
  'network.dns.localDomains': 'firefox.settings.services.mozilla.com,dummy.test',
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'app.update.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'extensions.update.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
};

export const missingBrowsers = (): string[] =>
  [
    ['chromium', CHROMIUM_PATH],
    ['firefox-esr', FIREFOX_PATH],
  ]
    .filter(([, path]) => !existsSync(path!))
    .map(([name]) => name!);
