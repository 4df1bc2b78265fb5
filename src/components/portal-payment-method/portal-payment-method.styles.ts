import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_panel-bg: var(--portal-payment-method-bg, var(--_surface));
  }

  h2 {
    font-size: var(--_font-size-lg);
    font-weight: 600;
    margin-block: 0 var(--_space-3);
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

  /* The dialog: its frame, fieldset and choices are the controls'. */

  .outstanding {
    display: grid;
    gap: var(--_space-2);
    padding: var(--_space-3) var(--_space-4);
    border-radius: var(--_radius);
    background: var(--_warning-bg);
    color: var(--_warning);
  }

  .due {
    display: flex;
    justify-content: space-between;
    align-items: baseline;
    gap: var(--_space-3);
    color: var(--_text);
  }

  .due strong {
    font-size: var(--_font-size-lg);
    font-variant-numeric: tabular-nums;
  }

  .dialog-status:empty {
    display: none;
  }

  .option {
    align-items: center;
    padding: var(--_space-3);
  }

  .option input {
    inline-size: 20px;
    block-size: 20px;
    margin: 0;
  }

  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
  }

  .confirm {
    display: grid;
    gap: var(--_space-2);
    padding: var(--_space-3);
    border: 1px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_danger-bg);
  }

  .add {
    display: grid;
    justify-items: start;
    gap: var(--_space-1);
    padding-block-start: var(--_space-2);
    border-block-start: 1px solid var(--_border);
  }

  .dialog-actions {
    align-items: center;
    justify-content: flex-end;
  }

  .dialog-actions .hint {
    margin-inline-end: auto;
  }

  .result {
    display: grid;
    gap: var(--_space-2);
    padding: var(--_space-4);
    border-radius: var(--_radius);
    background: var(--_success-bg);
    color: var(--_success);
  }

  .result h3 {
    margin: 0;
    font-size: var(--_font-size-lg);
  }

  a {
    color: var(--_brand-text);
    font-weight: 500;
    display: inline-flex;
    align-items: center;
    min-block-size: 24px;
  }

  @media (forced-colors: active) {
    .option:has(input:checked) {
      border: 1px solid CanvasText;
    }
  }
`;
