import { adoptStyles, supportsAdoptingStyleSheets, type CSSResultOrNative, type LitElement, type ReactiveControllerHost } from 'lit';

/** The element a lazily loaded part (a dialog's, a form's code) works in. */
export type ChunkHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * Gives an element's shadow root the styles of code loaded later (a dialog's chunk), after
 * the element's own — as if they were one more entry of its `static styles`.
 */
export function adoptLater(host: ChunkHost, styles: CSSResultOrNative): void {
  const own = (host.constructor as typeof LitElement).elementStyles;
  // Without constructable sheets, Lit adds <style> elements: add just the new one.
  adoptStyles(host.renderRoot as ShadowRoot, supportsAdoptingStyleSheets ? [...own, styles] : [styles]);
}
