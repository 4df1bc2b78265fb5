/**
 * The payment method's dialog: what only it needs, adopted by the element when the
 * dialog's code arrives (dialog.ts). Its frame, fieldset and choices are the controls'.
 */
import { css } from 'lit';

export const styles = css`
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
