import { css } from 'lit';

/**
 * The subscription dialogs' own styles (reasons, plan choices, the seats stepper, the
 * offer, the change preview), loaded with their code (flows.ts); the dialog frame,
 * fieldsets and choices are the controls'.
 */
export const styles = css`
  .flow-form {
    display: grid;
    gap: var(--_space-4);
  }

  fieldset {
    min-inline-size: 0;
  }

  .choice {
    align-items: flex-start;
    padding: var(--_space-2) var(--_space-3);
    min-block-size: 24px;
  }

  .choice[data-disabled] {
    cursor: not-allowed;
    background: var(--_surface-sunken);
  }

  .choice input {
    inline-size: 18px;
    block-size: 18px;
    margin: 3px 0 0;
  }

  .plan-text {
    display: grid;
    gap: 2px;
  }

  .plan-name {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-1) var(--_space-2);
  }

  .plan-price {
    font-variant-numeric: tabular-nums;
  }

  .why {
    font-size: var(--_font-size-sm);
    color: var(--_warning);
  }

  .segmented {
    display: flex;
    flex-wrap: wrap;
    gap: 0;
  }

  .segmented legend {
    inline-size: 100%;
  }

  .segmented label {
    position: relative;
    display: inline-flex;
  }

  .segmented input {
    position: absolute;
    opacity: 0;
    inset: 0;
    margin: 0;
    cursor: pointer;
  }

  .segmented span {
    display: inline-flex;
    align-items: center;
    min-block-size: 36px;
    padding-inline: var(--_space-4);
    border: 1px solid var(--_border);
    background: var(--_surface);
  }

  .segmented label:first-of-type span {
    border-start-start-radius: var(--_radius);
    border-end-start-radius: var(--_radius);
  }

  .segmented label:last-of-type span {
    border-start-end-radius: var(--_radius);
    border-end-end-radius: var(--_radius);
  }

  .segmented label + label span {
    border-inline-start: 0;
  }

  .segmented input:checked + span {
    background: var(--_brand);
    border-color: var(--_brand);
    color: var(--_on-brand);
  }

  .segmented input:focus-visible + span {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }

  .field > span:first-child,
  .field > label {
    font-weight: 600;
  }

  input:not([type='radio']),
  textarea {
    box-sizing: border-box;
    max-inline-size: 100%;
  }

  /* Tab reaches the date field's calendar button, inside the field's own shadow tree, where
     :focus-visible does not match the field: ring the whole field while focus is in it. */
  input[type='date']:focus-within {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }

  textarea {
    padding-block: var(--_space-2);
    resize: vertical;
  }

  .hint.invalid {
    color: var(--_danger);
  }

  .stepper {
    display: inline-flex;
    align-items: stretch;
    inline-size: fit-content;
  }

  .stepper input {
    inline-size: 5rem;
    text-align: center;
    border-radius: 0;
    border-inline: 0;
  }

  .stepper .step {
    padding: 0;
    inline-size: 40px;
    font-size: 1.2rem;
  }

  .stepper .step:first-child {
    border-start-end-radius: 0;
    border-end-end-radius: 0;
  }

  .stepper .step:last-child {
    border-start-start-radius: 0;
    border-end-start-radius: 0;
  }

  .offer {
    display: grid;
    gap: var(--_space-2);
    padding: var(--_space-4);
    border-radius: var(--_radius);
    background: var(--_success-bg);
    color: var(--_success);
  }

  .offer .saving {
    font-size: var(--_font-size-lg);
    font-weight: 600;
  }

  .what-happens {
    display: grid;
    gap: var(--_space-2);
  }

  .preview {
    inline-size: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }

  .preview th,
  .preview td {
    padding-block: var(--_space-2);
    border-block-end: 1px solid var(--_border);
    vertical-align: top;
  }

  .preview th {
    text-align: start;
    font-weight: 400;
    padding-inline-end: var(--_space-3);
  }

  .preview td {
    text-align: end;
    white-space: nowrap;
  }

  .preview .total th,
  .preview .total td {
    font-weight: 600;
  }

  .loading {
    color: var(--_text-muted);
  }
`;
