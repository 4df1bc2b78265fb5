import { adoptStyles, supportsAdoptingStyleSheets, type CSSResultOrNative, type LitElement } from 'lit';

/**
 * Gives an element's shadow root the styles of code loaded later (a dialog's chunk), after
 * the element's own — as if they were one more entry of its `static styles`.
 */
export function adoptLater(host: LitElement, styles: CSSResultOrNative): void {
  const root = host.renderRoot as ShadowRoot;
  // Without constructable sheets, Lit adds <style> elements: add just the new one.
  adoptStyles(root, supportsAdoptingStyleSheets ? [...(host.constructor as typeof LitElement).elementStyles, styles] : [styles]);
}
