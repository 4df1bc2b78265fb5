import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_panel-bg: var(--portal-payment-method-bg, var(--_surface));
  }

  p {
    margin: 0;
  }

  .panel {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-3);
  }

  .text {
    display: grid;
    gap: 2px;
    flex: 1 1 8rem;
    min-inline-size: 0;
  }

  .name {
    font-weight: 500;
    overflow-wrap: anywhere;
  }

  .detail {
    color: var(--_text-muted);
    font-size: var(--_font-size-sm);
    overflow-wrap: anywhere;
  }

  .note {
    font-size: var(--_font-size-sm);
    color: var(--_text);
  }

  .flags {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1);
  }

  .flags:empty {
    display: none;
  }

  .flag.warning {
    background: var(--_warning-bg);
    color: var(--_warning);
  }

  .flag.danger {
    background: var(--_danger-bg);
    color: var(--_danger);
  }

  /* Always with a tone (controls): its border takes the tone's colour. */
  .notice {
    padding: var(--_space-3) var(--_space-4);
    border-radius: var(--_radius);
    border: 1px solid;
    display: grid;
    gap: var(--_space-1);
  }

  section > .notice,
  section > .announcement > .notice {
    margin-block-end: var(--_space-3);
  }

  .skeleton {
    display: grid;
  }

  .bone {
    block-size: 74px;
  }
`;
