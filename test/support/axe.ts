/**
 * axe-core in a Playwright page: WCAG 2.0, 2.1 and 2.2 level A and AA rules, through
 * open shadow roots, with violations as readable lines.
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * Every WCAG 2.x A and AA rule axe has (not its best practices, which are advice). WCAG
 * 2.2's new level-A criteria have no axe rules, hence no `wcag22a` tag.
 */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

/** A node's target: selectors from the document into each shadow root, joined with ` >>> `. */
const target = (t: unknown[]): string => t.map((part) => (Array.isArray(part) ? part.join(' >>> ') : String(part))).join(', ');

/**
 * Runs axe over `include` (a selector; the whole document by default) and returns one
 * line per violation: rule id, impact, what to fix, the first five nodes it found and
 * the first node's summary of why.
 */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(
    async ({ include, tags }) => {
      const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: unknown[] }> } }).axe;
      const result = await axe.run(include ? { include: [include] } : document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return result.violations;
    },
    { include, tags: WCAG_AA_TAGS },
  );
  return (violations as Violation[]).map((v) => {
    const why = v.nodes[0]?.failureSummary?.replace(/\s+/g, ' ').trim();
    const nodes = v.nodes.slice(0, 5).map((n) => target(n.target)).join(' | ') + (v.nodes.length > 5 ? ` (and ${v.nodes.length - 5} more)` : '');
    return `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${nodes}${why ? ` — ${why}` : ''}`;
  });
}
