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
      /*
       * Light and dark: the page's or the OS's preference (prefers-color-scheme), or one
       * forced with a \`theme\` attribute on any portal element (it carries on to the
       * elements inside through --portal-color-scheme).
       */
      color-scheme: var(--portal-color-scheme, light dark);

      /* The merchant's brand: page CSS first, then the server's branding, then ours. */
      --_brand: var(--portal-color-brand, var(--portal-branding-brand, light-dark(#4f46e5, #8b93f8)));
      /*
       * Text on the brand colour: black or white, whichever keeps at least 4.5:1 against
       * it (relative luminance above 0.179 takes black), unless the page sets it.
       */
      --_on-brand: var(
        --portal-color-on-brand,
        color(
          from var(--_brand) srgb-linear calc((0.179 - (0.2126 * r + 0.7152 * g + 0.0722 * b)) * 100000)
            calc((0.179 - (0.2126 * r + 0.7152 * g + 0.0722 * b)) * 100000)
            calc((0.179 - (0.2126 * r + 0.7152 * g + 0.0722 * b)) * 100000)
        )
      );
      /*
       * The brand colour as text on the surface (links): the brand itself while it keeps
       * 4.5:1 against the scheme's surface (relative luminance at most 0.18 on light, at
       * least 0.22 on dark), else the text colour. A single brand colour (the server's
       * branding, say) is often readable on only one of them. How: the brand with an
       * alpha of 1 when readable, else 0, mixed over the text colour, made opaque.
       */
      --_brand-text: var(
        --portal-color-brand-text,
        color(
          from color-mix(
              in srgb-linear,
              light-dark(
                color(from var(--_brand) srgb-linear r g b / clamp(0, (0.18 - (0.2126 * r + 0.7152 * g + 0.0722 * b)) * 100000, 1)),
                color(from var(--_brand) srgb-linear r g b / clamp(0, (0.2126 * r + 0.7152 * g + 0.0722 * b - 0.22) * 100000, 1))
              )
              99.9%,
              var(--_text)
            )
            srgb-linear r g b / 1
        )
      );
      --_accent: var(--portal-color-accent, var(--portal-branding-accent, var(--_brand)));
      /* Text on the danger colour (destructive buttons): black or white as for the brand (dark mode's light red takes black). */
      --_on-danger: var(
        --portal-color-on-danger,
        color(
          from var(--_danger) srgb-linear calc((0.179 - (0.2126 * r + 0.7152 * g + 0.0722 * b)) * 100000)
            calc((0.179 - (0.2126 * r + 0.7152 * g + 0.0722 * b)) * 100000)
            calc((0.179 - (0.2126 * r + 0.7152 * g + 0.0722 * b)) * 100000)
        )
      );
      --_surface: var(--portal-color-surface, light-dark(#ffffff, #17191e));
      --_surface-sunken: var(--portal-color-surface-sunken, light-dark(#f4f5f8, #111317));
      --_text: var(--portal-color-text, light-dark(#1a1c22, #eceef2));
      --_text-muted: var(--portal-color-text-muted, light-dark(#575d69, #a6adbb));
      --_border: var(--portal-color-border, light-dark(#dcdfe5, #343842));
      --_border-strong: var(--portal-color-border-strong, light-dark(#8a909c, #6b7280));
      --_success: var(--portal-color-success, light-dark(#0d6e37, #6fdb9b));
      --_success-bg: var(--portal-color-success-bg, light-dark(#e3f5ea, #0f2a1b));
      --_warning: var(--portal-color-warning, light-dark(#7a4d00, #f5c261));
      --_warning-bg: var(--portal-color-warning-bg, light-dark(#fdf1d8, #2e2210));
      --_danger: var(--portal-color-danger, light-dark(#b42318, #ff9b92));
      --_danger-bg: var(--portal-color-danger-bg, light-dark(#fdeceb, #3a1513));
      --_neutral-bg: var(--portal-color-neutral-bg, light-dark(#eceef2, #262a31));
      --_info: var(--portal-color-info, light-dark(#1d4ed8, #9ab8ff));
      --_info-bg: var(--portal-color-info-bg, light-dark(#e6eefc, #14213d));
      --_shadow: var(--portal-color-shadow, light-dark(rgb(15 17 21 / 0.18), rgb(0 0 0 / 0.55)));
      --_backdrop: var(--portal-color-backdrop, light-dark(rgb(15 17 21 / 0.45), rgb(0 0 0 / 0.65)));
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
      --_focus-ring: var(--portal-focus-ring, 2px solid var(--_brand-text));

      font-family: var(--_font);
      font-size: var(--_font-size);
      color: var(--_text);
      line-height: 1.5;
      /* Light: the merchant's page shows through. Dark: the element paints its own dark surface. */
      background: light-dark(transparent, var(--_surface));
    }

    :host([theme='dark']) {
      --portal-color-scheme: dark;
      color-scheme: dark;
    }

    :host([theme='light']) {
      --portal-color-scheme: light;
      color-scheme: light;
    }

    :host([hidden]) {
      display: none !important;
    }

    /* Windows High Contrast and other forced colours: system colours, visible edges. */
    @media (forced-colors: active) {
      :host {
        --_brand: LinkText;
        --_on-brand: Canvas;
        --_border: CanvasText;
        --_text-muted: CanvasText;
        --_focus-ring: 2px solid Highlight;
      }
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
