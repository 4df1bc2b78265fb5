/**
 * What every end-to-end file starts and stops: the reference server (with a fresh data
 * folder) and headless Chromium, once per `describe`. Call it at the top of the describe
 * and read `.server` and `.browser` in hooks and tests; they throw until its `before` ran.
 * A file's own servers (a merchant's site) go in its own `before`/`after`, registered after
 * this call, so they start once the reference server is up.
 */
import { after, before } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_PATH, playwrightChromiumArgs } from './browsers.js';
import { startReferenceServer, type RunningServer, type StartOptions } from './reference-server.js';

export interface UsedBrowser {
  readonly browser: Browser;
}

export interface UsedServerAndBrowser extends UsedBrowser {
  readonly server: RunningServer;
}

function started<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is not started yet: read it in a hook or test, after useServerAndBrowser's before`);
  return value;
}

/** Headless Chromium for the describe: launched in `before`, closed in `after`. */
export function useBrowser(): UsedBrowser {
  let browser: Browser | undefined;
  before(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: playwrightChromiumArgs() });
  });
  after(async () => {
    await browser?.close();
  });
  return {
    get browser() {
      return started(browser, 'The browser');
    },
  };
}

/**
 * The reference server and Chromium for the describe. `options` are the server's; as a
 * function they are worked out inside `before` (to reserve a merchant site's port for
 * `PORTAL_ALLOWED_ORIGINS` first, say).
 */
export function useServerAndBrowser(options: StartOptions | (() => StartOptions | Promise<StartOptions>) = {}): UsedServerAndBrowser {
  let server: RunningServer | undefined;
  before(async () => {
    server = await startReferenceServer(typeof options === 'function' ? await options() : options);
  });
  const used = useBrowser();
  after(async () => {
    await server?.stop();
  });
  return {
    get server() {
      return started(server, 'The reference server');
    },
    get browser() {
      return used.browser;
    },
  };
}
