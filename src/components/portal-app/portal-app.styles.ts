import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
  }

  .app {
    max-inline-size: var(--portal-app-max-width, 72rem);
    margin-inline: auto;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-6);
  }

  .app[hidden] {
    display: none;
  }

  .header {
    display: flex;
    align-items: center;
    gap: var(--_space-3);
    padding-block-end: var(--_space-4);
    border-block-end: 1px solid var(--_border);
  }

  .sign-out {
    margin-inline-start: auto;
    flex: none;
  }

  .logo {
    block-size: 40px;
    max-inline-size: 160px;
    object-fit: contain;
  }

  .monogram {
    display: grid;
    place-items: center;
    inline-size: 40px;
    block-size: 40px;
    border-radius: var(--_radius);
    background: var(--_brand);
    color: var(--_on-brand);
    font-weight: 700;
    font-size: var(--_font-size-lg);
  }

  .identity p {
    margin: 0;
  }

  .business {
    font-weight: 700;
    font-size: var(--_font-size-lg);
  }

  .headline {
    color: var(--_text-muted);
  }

  .body {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-6);
  }

  .nav {
    min-inline-size: 0;
  }

  .nav ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    gap: var(--_space-1);
    overflow-x: auto;
  }

  .nav a {
    display: flex;
    align-items: center;
    min-block-size: 36px;
    padding-inline: var(--_space-3);
    border-radius: var(--_radius);
    color: var(--_text);
    text-decoration: none;
    white-space: nowrap;
  }

  .nav a:hover {
    background: var(--_neutral-bg);
  }

  .nav a[aria-current='true'] {
    background: var(--_neutral-bg);
    font-weight: 600;
    box-shadow: inset 3px 0 0 var(--_brand);
  }

  :host(:dir(rtl)) .nav a[aria-current='true'] {
    box-shadow: inset -3px 0 0 var(--_brand);
  }

  .main {
    display: grid;
    gap: var(--_space-6);
    min-inline-size: 0;
  }

  .section {
    scroll-margin-block-start: var(--_space-4);
    border-radius: var(--_radius);
  }

  .footer {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--_space-3);
    padding-block-start: var(--_space-4);
    border-block-start: 1px solid var(--_border);
    font-size: var(--_font-size-sm);
  }

  .footer a {
    color: var(--_text-muted);
    display: inline-flex;
    align-items: center;
    min-block-size: 24px;
  }

  .footer .return {
    color: var(--_brand-text);
    font-weight: 600;
  }

  .links {
    display: flex;
    gap: var(--_space-4);
  }

  /* Wide: the navigation becomes a sidebar. */
  @container (min-width: 52rem) {
    .body {
      grid-template-columns: 13rem minmax(0, 1fr);
      align-items: start;
    }

    .nav {
      position: sticky;
      inset-block-start: var(--_space-4);
    }

    .nav ul {
      flex-direction: column;
      overflow: visible;
    }
  }
`;
