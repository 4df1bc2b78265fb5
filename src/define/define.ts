import { ContextRoot } from '@lit/context';

const ROOT = Symbol.for('portal-kit.context-root');

/**
 * Registers a portal element. Never throws when the tag is already defined: by the same
 * class (the module loaded twice) it does nothing; by another class (two copies of the
 * kit on one page) it keeps the first and says so in the console.
 *
 * It also attaches one context root to the document, so elements defined before
 * `<portal-session>` still receive their session once it is defined.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const doc = globalThis.document as (Document & { [ROOT]?: ContextRoot }) | undefined;
  if (doc && !doc[ROOT]) {
    doc[ROOT] = new ContextRoot();
    doc[ROOT].attach(doc.documentElement);
  }
  const existing = customElements.get(tag);
  if (existing === element) return;
  if (existing) {
    console.warn(`portal-kit: <${tag}> is already defined by another copy of the kit; keeping that one.`);
    return;
  }
  customElements.define(tag, element);
}
