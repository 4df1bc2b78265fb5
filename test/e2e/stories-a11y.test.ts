/**
 * axe over every story of the built Storybook, in Chromium: each story (every state its
 * play function drives) in the light theme, the dark theme and — for the elements'
 * stories — Arabic, right to left, against WCAG 2.0, 2.1 and 2.2 A and AA. One test per
 * story; a failure lists the variant and each violation (rule, impact, help, nodes).
 *
 * Builds Storybook first when storybook-static/ is missing or older than stories/, src/
 * or .storybook/ (`npm test` does it before the end-to-end step).
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations } from '../support/axe.js';
import { useBrowser } from '../support/e2e.js';
import { NAME_SHIM, SETTLE_TIMER_LIMIT_MS, settle, trackTimers } from '../support/settle.js';
import { STORYBOOK_DIR, ensureStorybook, serveStatic } from '../support/storybook.js';

ensureStorybook();

interface IndexEntry {
  type: 'story' | 'docs';
  id: string;
  title: string;
  name: string;
}
const index = JSON.parse(readFileSync(join(STORYBOOK_DIR, 'index.json'), 'utf8')) as { entries: Record<string, IndexEntry> };
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

/** The toolbar's globals for each variant after the first (light, as the story loads). */
const VARIANTS: Array<{ name: string; globals: Record<string, string>; elementsOnly?: boolean }> = [
  { name: 'dark', globals: { theme: 'dark', locale: 'en', direction: 'ltr' } },
  { name: 'Arabic, right to left', globals: { theme: 'light', locale: 'ar', direction: 'rtl' }, elementsOnly: true },
];

interface Preview {
  currentRender?: { phase?: string };
  onUpdateGlobals(options: { globals: Record<string, string> }): Promise<void>;
  onForceRemount(options: { storyId: string }): Promise<void>;
}

describe('every story passes axe (WCAG 2.2 A and AA), light, dark and right to left', () => {
  let storybook: Awaited<ReturnType<typeof serveStatic>>;
  const e2e = useBrowser();
  let context: BrowserContext;

  before(async () => {
    assert.ok(stories.length > 0, 'index.json lists no stories');
    storybook = await serveStatic();
    // One context: the pages share the HTTP cache, so only the first loads Storybook's bundles.
    context = await e2e.browser.newContext({ locale: 'en-US', viewport: { width: 1024, height: 800 } });
    await context.addInitScript(NAME_SHIM);
    await context.addInitScript(trackTimers, SETTLE_TIMER_LIMIT_MS);
  });
  after(async () => {
    await storybook?.close();
  });

  /** What is wrong with the story as rendered now: Storybook's error display, or the render not finished. */
  async function renderProblem(page: Page): Promise<string | undefined> {
    return page.evaluate(() => {
      const body = document.body.classList;
      if (body.contains('sb-show-errordisplay')) return `Storybook shows an error: ${document.querySelector('#error-message')?.textContent ?? ''}`.trim();
      if (!body.contains('sb-show-main')) return `the story is not shown (body class "${body.value}")`;
      return undefined;
    });
  }

  /** Settles the story, then axe over its root; every problem prefixed with the variant. */
  async function check(page: Page, variant: string, errors: string[]): Promise<string[]> {
    const problems: string[] = [];
    if (!(await settle(page, { maxMs: 15_000 }))) problems.push(`${variant}: still changing after 15 s (checked as it was)`);
    const render = await renderProblem(page);
    if (render) problems.push(`${variant}: ${render}`);
    for (const violation of await axeViolations(page, '#storybook-root')) problems.push(`${variant}: ${violation}`);
    problems.push(...errors.splice(0).map((e) => `${variant}: uncaught error: ${e}`));
    return problems;
  }

  for (const story of stories) {
    it(`${story.id} (${story.title} › ${story.name})`, async () => {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      try {
        await page.goto(`${storybook.url}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`);
        // The render ran its play function and finished (Storybook's last phase, also after an error).
        const finished = () => (window as unknown as { __STORYBOOK_PREVIEW__?: Preview }).__STORYBOOK_PREVIEW__?.currentRender?.phase === 'finished';
        await page.waitForFunction(finished, null, { timeout: 30_000 });
        const problems = await check(page, 'light', errors);

        for (const variant of VARIANTS) {
          if (variant.elementsOnly && !story.title.startsWith('Elements/')) continue;
          // The toolbar's change, then a remount: the story renders afresh and its play function runs again.
          await page.evaluate(
            async ({ globals, storyId }) => {
              const preview = (window as unknown as { __STORYBOOK_PREVIEW__: Preview }).__STORYBOOK_PREVIEW__;
              await preview.onUpdateGlobals({ globals });
              await preview.onForceRemount({ storyId });
            },
            { globals: variant.globals, storyId: story.id },
          );
          await page.waitForFunction(finished, null, { timeout: 30_000 });
          problems.push(...(await check(page, variant.name, errors)));
        }
        assert.deepEqual(problems, [], `${story.id}:\n  ${problems.join('\n  ')}`);
      } finally {
        await page.close();
      }
    });
  }
});
