/**
 * Where Debian's browsers live, and the flags they need on a machine with no outside
 * network (and as root, no sandbox).
 */
import { existsSync } from 'node:fs';

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
