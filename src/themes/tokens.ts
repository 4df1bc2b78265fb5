import { css } from 'lit';

/**
 * The design tokens every element starts from. Each public token
 * (`--portal-color-brand`, …) may be set anywhere above the element — on the page,
 * on `<portal-session>`, on the element — and inherits into it; the element copies it,
 * with the kit's default as fallback, into a private `--_…` property that its own
 * styles use. So an element styles itself on a page with no stylesheet, and the
 * merchant's CSS always wins. Everything sits in the `portal-kit` cascade layer.
 */
export const tokens = css`
  @layer portal-kit {
    :host {
      --_brand: var(--portal-color-brand, #4f46e5);
      --_on-brand: var(--portal-color-on-brand, #ffffff);
      --_surface: var(--portal-color-surface, #ffffff);
      --_surface-sunken: var(--portal-color-surface-sunken, #f4f5f8);
      --_text: var(--portal-color-text, #1a1c22);
      --_text-muted: var(--portal-color-text-muted, #575d69);
      --_border: var(--portal-color-border, #dcdfe5);
      --_success: var(--portal-color-success, #0d6e37);
      --_success-bg: var(--portal-color-success-bg, #e3f5ea);
      --_warning: var(--portal-color-warning, #7a4d00);
      --_warning-bg: var(--portal-color-warning-bg, #fdf1d8);
      --_danger: var(--portal-color-danger, #b42318);
      --_danger-bg: var(--portal-color-danger-bg, #fdeceb);
      --_neutral-bg: var(--portal-color-neutral-bg, #eceef2);
      --_info: var(--portal-color-info, #1d4ed8);
      --_info-bg: var(--portal-color-info-bg, #e6eefc);
      --_shadow: var(--portal-color-shadow, rgb(15 17 21 / 0.18));
      --_backdrop: var(--portal-color-backdrop, rgb(15 17 21 / 0.45));
      /* Payment-method marks (<portal-payment-method>): the brands' own colours. */
      --_mark-on: var(--portal-color-mark-on, #ffffff);
      --_mark-ink: var(--portal-color-mark-ink, #1a1c22);
      --_mark-chip: var(--portal-color-mark-chip, #c9a84c);
      --_mark-visa: var(--portal-color-mark-visa, #1a1f71);
      --_mark-mastercard-red: var(--portal-color-mark-mastercard-red, #eb001b);
      --_mark-mastercard-yellow: var(--portal-color-mark-mastercard-yellow, #f79e1b);
      --_mark-mastercard-overlap: var(--portal-color-mark-mastercard-overlap, #ff5f00);
      --_mark-amex: var(--portal-color-mark-amex, #2e77bc);
      --_mark-discover: var(--portal-color-mark-discover, #ff6000);
      --_mark-paypal-navy: var(--portal-color-mark-paypal-navy, #003087);
      --_mark-paypal-blue: var(--portal-color-mark-paypal-blue, #009cde);
      --_mark-amazon: var(--portal-color-mark-amazon, #232f3e);
      --_mark-amazon-smile: var(--portal-color-mark-amazon-smile, #ff9900);
      --_mark-cashapp: var(--portal-color-mark-cashapp, #00d632);
      --_mark-link: var(--portal-color-mark-link, #00d66f);
      --_radius: var(--portal-radius, 8px);
      --_space-1: var(--portal-space-1, 4px);
      --_space-2: var(--portal-space-2, 8px);
      --_space-3: var(--portal-space-3, 12px);
      --_space-4: var(--portal-space-4, 16px);
      --_space-6: var(--portal-space-6, 24px);
      --_font: var(--portal-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
      --_font-size: var(--portal-font-size, 0.9375rem);
      --_font-size-sm: var(--portal-font-size-sm, 0.8125rem);
      --_font-size-lg: var(--portal-font-size-lg, 1.125rem);
      --_focus-ring: var(--portal-focus-ring, 2px solid var(--_brand));

      font-family: var(--_font);
      font-size: var(--_font-size);
      color: var(--_text);
      line-height: 1.5;
    }

    :host([hidden]) {
      display: none !important;
    }

    /* Waiting (briefly) for the language's strings: keep the space, show no English. */
    :host([data-i18n-pending]) {
      visibility: hidden;
    }

    :focus-visible {
      outline: var(--_focus-ring);
      outline-offset: 2px;
    }

    .visually-hidden {
      position: absolute !important;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }
`;
