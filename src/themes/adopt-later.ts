import { adoptStyles, supportsAdoptingStyleSheets, type CSSResultOrNative, type LitElement } from 'lit';

/**
 * Gives an element's shadow root the styles of code loaded later (a dialog's chunk), after
 * the element's own — as if they were one more entry of its `static styles`.
 */
export function adoptLater(host: HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment }, styles: CSSResultOrNative): void {
  const own = (host.constructor as typeof LitElement).elementStyles;
  // Without constructable sheets, Lit adds <style> elements: add just the new one.
  adoptStyles(host.renderRoot as ShadowRoot, supportsAdoptingStyleSheets ? [...own, styles] : [styles]);
}
