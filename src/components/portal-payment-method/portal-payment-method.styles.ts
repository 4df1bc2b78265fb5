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
    padding: var(--_space-4);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_panel-bg);
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

  .flag {
    display: inline-block;
    padding-inline: var(--_space-2);
    border-radius: 999px;
    font-size: var(--_font-size-sm);
    font-weight: 500;
    background: var(--_neutral-bg);
    color: var(--_text);
  }

  .flag.warning {
    background: var(--_warning-bg);
    color: var(--_warning);
  }

  .flag.danger {
    background: var(--_danger-bg);
    color: var(--_danger);
  }

  button {
    font: inherit;
    min-block-size: 36px;
    min-inline-size: 36px;
    padding-inline: var(--_space-4);
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }

  button:hover {
    border-color: var(--_brand);
  }

  button.primary {
    background: var(--_brand);
    border-color: var(--_brand);
    color: var(--_on-brand);
    font-weight: 500;
  }

  button.danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--_on-brand);
    font-weight: 500;
  }

  button.danger-quiet {
    color: var(--_danger);
  }

  button.danger-quiet:hover {
    border-color: var(--_danger);
  }

  button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.65;
  }

  button[aria-busy='true'] {
    cursor: progress;
  }

  .notice {
    padding: var(--_space-3) var(--_space-4);
    border-radius: var(--_radius);
    border: 1px solid transparent;
    display: grid;
    gap: var(--_space-1);
  }

  section > .notice,
  section > .announcement > .notice {
    margin-block-end: var(--_space-3);
  }

  .notice.success {
    background: var(--_success-bg);
    color: var(--_success);
    border-color: var(--_success);
  }

  .notice.warning {
    background: var(--_warning-bg);
    color: var(--_warning);
    border-color: var(--_warning);
  }

  .notice.danger {
    background: var(--_danger-bg);
    color: var(--_danger);
    border-color: var(--_danger);
  }

  .message {
    padding: var(--_space-4);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_text-muted);
  }

  .message.error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-3);
    border-style: solid;
    border-color: var(--_danger);
    background: var(--_danger-bg);
    color: var(--_danger);
  }

  .skeleton {
    display: grid;
  }

  .bone {
    block-size: 74px;
  }

  /* The dialog */

  dialog {
    inline-size: min(36rem, calc(100vw - 2 * var(--_space-4)));
    max-block-size: calc(100dvh - 2 * var(--_space-4));
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 12px 40px var(--_shadow);
  }

  dialog::backdrop {
    background: var(--_backdrop);
  }

  .dialog-body {
    position: relative;
    display: grid;
    gap: var(--_space-3);
    padding: var(--_space-6);
  }

  .dialog-body h2 {
    margin: 0;
    padding-inline-end: var(--_space-6);
  }

  .close {
    position: absolute;
    inset-block-start: var(--_space-3);
    inset-inline-end: var(--_space-3);
    padding: 0;
    border-color: transparent;
    font-size: 1.4rem;
    line-height: 1;
  }

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

  fieldset.choices {
    margin: 0;
    padding: 0;
    border: 0;
    display: grid;
    gap: var(--_space-2);
  }

  legend {
    padding: 0;
    margin-block-end: var(--_space-2);
    font-weight: 600;
  }

  .option {
    display: flex;
    align-items: center;
    gap: var(--_space-3);
    padding: var(--_space-3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }

  .option:has(input:checked) {
    border-color: var(--_brand);
    box-shadow: inset 0 0 0 1px var(--_brand);
  }

  .option input {
    inline-size: 20px;
    block-size: 20px;
    margin: 0;
    flex: none;
    accent-color: var(--_brand);
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

  .hint {
    color: var(--_text-muted);
    font-size: var(--_font-size-sm);
  }

  .add {
    display: grid;
    justify-items: start;
    gap: var(--_space-1);
    padding-block-start: var(--_space-2);
    border-block-start: 1px solid var(--_border);
  }

  .dialog-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: var(--_space-2);
    margin-block-start: var(--_space-2);
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
    color: var(--_brand);
    font-weight: 500;
    display: inline-flex;
    align-items: center;
    min-block-size: 24px;
  }

  @media (max-width: 480px) {
    .dialog-body {
      padding: var(--_space-4);
    }

    .dialog-actions button {
      flex: 1 1 100%;
    }
  }

  @media (forced-colors: active) {
    .flag,
    .option:has(input:checked) {
      border: 1px solid CanvasText;
    }
  }
`;
