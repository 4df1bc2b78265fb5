/**
 * `npm run screenshots`: regenerates docs/screenshots/ — `<portal-app>` on the demo
 * page in headless Chromium at 375 px and 1280 px, light and dark, with the default
 * brand and two merchant brands.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, playwrightChromiumArgs } from '../test/support/browsers.js';
import { root, startReferenceServer } from '../test/support/reference-server.js';
import { ensureBrowsers } from './ensure-browsers.js';

const widths = [375, 1280] as const;
const themes = ['light', 'dark'] as const;
const brands = [
  { name: 'default', color: '' },
  { name: 'teal', color: '#0f766e' },
  { name: 'amber', color: '#f59e0b' },
] as const;

ensureBrowsers();
execFileSync('npx', ['vite', 'build', '--mode', 'bundle', '--logLevel', 'warn'], { stdio: 'inherit', cwd: root });
const out = `${root}docs/screenshots`;
mkdirSync(out, { recursive: true });
const server = await startReferenceServer();
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: playwrightChromiumArgs() });
try {
  for (const width of widths) {
    for (const theme of themes) {
      for (const brand of brands) {
        const page = await browser.newPage({ viewport: { width, height: width < 600 ? 1400 : 1100 }, locale: 'en-US', colorScheme: theme });
        const query = new URLSearchParams({ theme, ...(brand.color ? { brand: brand.color } : {}) });
        await page.goto(`${server.url}/?${query}`);
        await page.locator('portal-invoices tbody tr').first().waitFor({ timeout: 20_000 });
        await page.waitForTimeout(400); // let the skeletons settle
        const file = `${out}/portal-app-${width}-${theme}-${brand.name}.png`;
        await page.screenshot({ path: file });
        console.log(`wrote ${file}`);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
