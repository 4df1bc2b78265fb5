import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }

  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-3);
    margin-block-end: var(--_space-4);
    padding: var(--_space-3) var(--_space-4);
    border: 1px solid var(--_warning);
    border-radius: var(--_radius);
    background: var(--_warning-bg);
    color: var(--_warning);
  }

  .notice p {
    margin: 0;
    flex: 1 1 16rem;
  }

  .offline {
    margin: 0 0 var(--_space-4);
  }

  /* The way back: a link drawn as the primary button (buttons are the controls'). */
  .return {
    font: inherit;
    display: inline-flex;
    align-items: center;
    min-block-size: 36px;
    padding-inline: var(--_space-4);
    border-radius: var(--_radius);
    border: 1px solid var(--_brand);
    background: var(--_brand);
    color: var(--_on-brand);
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }

  .ended {
    display: grid;
    gap: var(--_space-3);
    padding: var(--_space-6);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .ended h2 {
    margin: 0;
  }

  .ended p {
    margin: 0;
    color: var(--_text-muted);
  }

  .ended .return {
    justify-self: start;
  }

  .signing-in {
    color: var(--_text-muted);
  }

  .content[hidden] {
    display: none;
  }
`;
