/**
 * Keyboard-only helpers for Playwright pages: where focus is (through shadow roots),
 * whether it can be seen, moving it with Tab, and checking that a dialog keeps it.
 * Everything here reads the page; only `page.keyboard` moves anything.
 */
import { strict as assert } from 'node:assert';
import type { Page } from 'playwright-core';

/** The element that has focus, as a keyboard user meets it. */
export interface Focus {
  /** Identifies the element across calls: its position in each (shadow) root from the document down. */
  key: string;
  tag: string;
  /** The `role` attribute, else the implicit role of common elements (`button`, `link`, `radio`, `textbox`…). */
  role: string;
  /** Its name as assistive technology says it, roughly: aria-label, aria-labelledby, its label, else its text. */
  name: string;
  id: string;
  /** The custom elements it sits in, outermost first. */
  hosts: string[];
  /** The title of the open modal dialog it is in, or null. */
  dialog: string | null;
  /** The title of any open modal dialog on the page, or null. */
  openDialog: string | null;
  /** `:focus-visible` matches. */
  focusVisible: boolean;
  /** The focus indicator drawn (outline or box-shadow, on it, its label or the box next to it), or null. */
  ring: string | null;
  checked: boolean | null;
  value: string | null;
  href: string | null;
  pressed: string | null;
}

/** The focused element through shadow roots, or null when focus is on the page's body or outside the page. */
export async function deepActive(page: Page): Promise<Focus | null> {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    const focused = el;
    /** Text as read out: not what is aria-hidden, nor the controls inside (a label around a select). */
    const text = (node: Element | null | undefined): string => {
      let out = '';
      const walk = (n: Node) => {
        if (n.nodeType === Node.TEXT_NODE) out += n.textContent;
        if (!(n instanceof Element) || n.getAttribute('aria-hidden') === 'true') return;
        if (n !== node && n !== focused && ['input', 'select', 'textarea'].includes(n.localName)) return;
        if (['style', 'script', 'select', 'textarea'].includes(n.localName)) return;
        n.childNodes.forEach(walk);
      };
      if (node) walk(node);
      return out.replace(/\s+/g, ' ').trim();
    };
    const root = el.getRootNode() as Document | ShadowRoot;
    const byIds = (ids: string) => ids.split(/\s+/).map((id) => text(root.getElementById(id))).join(' ').trim();
    const labels = (el as HTMLInputElement).labels;
    const name =
      el.getAttribute('aria-label')?.trim() ||
      (el.getAttribute('aria-labelledby') ? byIds(el.getAttribute('aria-labelledby')!) : '') ||
      (labels && labels.length ? text(labels[0]) : '') ||
      text(el);
    const implicit: Record<string, string> = { button: 'button', a: 'link', select: 'combobox', textarea: 'textbox', summary: 'button' };
    const inputRoles: Record<string, string> = { radio: 'radio', checkbox: 'checkbox', number: 'spinbutton', submit: 'button', button: 'button', color: 'button' };
    const role =
      el.getAttribute('role') ??
      (el instanceof HTMLInputElement ? (inputRoles[el.type] ?? 'textbox') : (implicit[el.localName] ?? (/^h[1-6]$/.test(el.localName) ? 'heading' : el.localName)));
    const hosts: string[] = [];
    const keyParts: string[] = [];
    for (let node: Element | null = el; node; ) {
      const r = node.getRootNode() as Document | ShadowRoot;
      keyParts.unshift(`${node.localName}[${Array.prototype.indexOf.call(r.querySelectorAll('*'), node)}]`);
      node = r instanceof ShadowRoot ? r.host : null;
      if (node) hosts.unshift(node.localName);
    }
    const dialogTitle = (dialog: HTMLDialogElement | null) => {
      if (!dialog) return null;
      const labelledby = dialog.getAttribute('aria-labelledby');
      const r = dialog.getRootNode() as Document | ShadowRoot;
      return (labelledby ? text(r.getElementById(labelledby)) : '') || dialog.getAttribute('aria-label') || '';
    };
    const dialog = el.closest('dialog');
    const openModal = (start: Document | ShadowRoot): HTMLDialogElement | null => {
      for (const d of start.querySelectorAll('dialog')) if (d.open && d.matches(':modal')) return d;
      for (const host of start.querySelectorAll('*')) if (host.shadowRoot) {
        const found = openModal(host.shadowRoot);
        if (found) return found;
      }
      return null;
    };
    const drawn = (node: Element | null) => {
      if (!node) return null;
      const style = getComputedStyle(node);
      if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && style.outlineColor !== 'rgba(0, 0, 0, 0)') {
        return `outline ${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor} on <${node.localName}>`;
      }
      if (style.boxShadow !== 'none') return `box-shadow ${style.boxShadow} on <${node.localName}>`;
      return null;
    };
    // A visually hidden radio shows its ring on the box beside it, or on its label.
    const ring = drawn(el) ?? (el instanceof HTMLInputElement ? (drawn(el.nextElementSibling) ?? drawn(el.closest('label'))) : null);
    return {
      key: keyParts.join(' > '),
      tag: el.localName,
      role,
      name,
      id: el.id,
      hosts,
      dialog: dialog?.open ? dialogTitle(dialog) : null,
      openDialog: dialogTitle(openModal(document)),
      // A date field's parts (day, month, year, the calendar button) live in its own
      // shadow tree: with focus on the calendar button, :focus-visible does not match
      // the field, but :focus-within does.
      focusVisible: el.matches(':focus-visible') || (el instanceof HTMLInputElement && /^(date|time|datetime-local|month|week)$/.test(el.type) && el.matches(':focus-within')),
      ring,
      checked: el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox') ? el.checked : null,
      value: el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement ? el.value : null,
      href: el instanceof HTMLAnchorElement ? el.href : null,
      pressed: el.getAttribute('aria-pressed'),
    };
  });
}

/** What a focus is expected to be: every given property must match. */
export interface FocusMatch {
  name?: string | RegExp;
  role?: string;
  tag?: string;
  /** The custom element it is in (the innermost host). */
  host?: string;
  /** The dialog it is in (its title); null: not in a dialog. */
  dialog?: string | RegExp | null;
}

const matchText = (actual: string | null, expected: string | RegExp) =>
  actual !== null && (typeof expected === 'string' ? actual === expected : expected.test(actual));

export function focusMatches(focus: Focus | null, match: FocusMatch): boolean {
  if (!focus) return false;
  if (match.name !== undefined && !matchText(focus.name, match.name)) return false;
  if (match.role !== undefined && focus.role !== match.role) return false;
  if (match.tag !== undefined && focus.tag !== match.tag) return false;
  if (match.host !== undefined && focus.hosts.at(-1) !== match.host) return false;
  if (match.dialog !== undefined) {
    if (match.dialog === null ? focus.dialog !== null : !matchText(focus.dialog, match.dialog)) return false;
  }
  return true;
}

export const describeFocus = (f: Focus | null) =>
  f ? `<${f.tag}${f.id ? `#${f.id}` : ''}> ${f.role} "${f.name}"${f.hosts.length ? ` in ${f.hosts.join(' › ')}` : ''}${f.dialog ? ` (dialog "${f.dialog}")` : ''}` : 'nothing (the page itself)';

/** Fails unless focus is visibly on an element: `:focus-visible` and an outline or shadow drawn. */
export function assertVisible(focus: Focus | null): asserts focus is Focus {
  assert.ok(focus, 'focus is nowhere: the page body has it');
  assert.ok(focus.focusVisible, `${describeFocus(focus)} has focus but :focus-visible does not match`);
  assert.ok(focus.ring, `${describeFocus(focus)} has focus but no visible indicator (outline or box-shadow)`);
}

/**
 * Waits (without pressing anything) until focus is on an element matching `match`, then
 * checks that it shows. Returns it.
 */
export async function expectFocus(page: Page, match: FocusMatch, timeout = 10_000): Promise<Focus> {
  const until = Date.now() + timeout;
  let focus = await deepActive(page);
  while (!focusMatches(focus, match) && Date.now() < until) {
    await page.waitForTimeout(50);
    focus = await deepActive(page);
  }
  assert.ok(focusMatches(focus, match), `expected focus on ${JSON.stringify(match, (_, v) => (v instanceof RegExp ? String(v) : v))}, but it is on ${describeFocus(focus)}`);
  assertVisible(focus);
  return focus!;
}

/** Presses `key` and returns where focus went, checking it shows (unless it left the page). */
export async function press(page: Page, key: string): Promise<Focus | null> {
  await page.keyboard.press(key);
  const focus = await deepActive(page);
  if (focus) assertVisible(focus);
  return focus;
}

/**
 * Presses Tab (or Shift+Tab) until focus is on an element matching `match`: what a
 * keyboard user does to reach a control. Every stop on the way must show its focus.
 * Fails after `max` presses.
 */
export async function tabTo(page: Page, match: FocusMatch, { back = false, max = 150 } = {}): Promise<Focus> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    const focus = await press(page, back ? 'Shift+Tab' : 'Tab');
    if (focusMatches(focus, match)) return focus!;
    seen.push(describeFocus(focus));
  }
  assert.fail(`${max} presses of ${back ? 'Shift+Tab' : 'Tab'} never reached ${JSON.stringify(match, (_, v) => (v instanceof RegExp ? String(v) : v))}; passed:\n  ${seen.slice(-30).join('\n  ')}`);
}

/**
 * Presses Tab (or Shift+Tab) until focus comes back to where it started, and returns
 * every element it stopped on. Fails when it never comes back within `max` presses.
 * Stops outside the page (the browser's own controls) are left out.
 */
export async function tabCycle(page: Page, { back = false, max = 400 } = {}): Promise<Focus[]> {
  const start = await deepActive(page);
  assert.ok(start, 'tabCycle starts from a focused element');
  const stops: Focus[] = [start];
  for (let i = 0; i < max; i++) {
    const focus = await press(page, back ? 'Shift+Tab' : 'Tab');
    if (focus?.key === start.key) return stops;
    if (focus) stops.push(focus);
  }
  assert.fail(`focus did not come back to ${describeFocus(start)} after ${max} presses of ${back ? 'Shift+Tab' : 'Tab'}; last stops:\n  ${stops.slice(-20).map(describeFocus).join('\n  ')}`);
}

/**
 * The open modal dialog keeps focus: Tab and Shift+Tab go round its controls and come
 * back, never reaching anything else on the page. Returns the names of its stops.
 */
export async function assertTrapped(page: Page, dialog: string | RegExp): Promise<string[]> {
  const names: string[] = [];
  // From a tabbable control: a step's heading (focused by the flow) is not in the Tab order.
  const first = await press(page, 'Tab');
  assert.ok(matchText(first?.dialog ?? null, dialog), `Tab left the dialog "${dialog}" for ${describeFocus(first)}`);
  for (const back of [false, true]) {
    const stops = await tabCycle(page, { back, max: 60 });
    for (const stop of stops) assert.ok(matchText(stop.dialog, dialog), `Tab left the dialog "${dialog}" for ${describeFocus(stop)}`);
    assert.ok(stops.length > 1, `the dialog "${dialog}" has only one stop for Tab`);
    if (!back) names.push(...stops.map((s) => s.name));
  }
  return names;
}
