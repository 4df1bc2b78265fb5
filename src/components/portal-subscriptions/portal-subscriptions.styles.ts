import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_card-bg: var(--portal-subscriptions-card-bg, var(--_surface));
  }

  h2 {
    font-size: var(--_font-size-lg);
    font-weight: 600;
    margin-block: 0 var(--_space-3);
  }

  p {
    margin: 0;
  }

  .muted {
    color: var(--_text-muted);
    font-size: var(--_font-size-sm);
  }

  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space-3);
  }

  .card {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_card-bg);
    padding: var(--_space-4);
  }

  .card[data-status='canceled'] {
    background: var(--_surface-sunken);
  }

  article {
    display: grid;
    gap: var(--_space-2);
  }

  .card-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2) var(--_space-3);
  }

  h3 {
    margin: 0;
    font-size: var(--_font-size-lg);
    font-weight: 600;
  }

  .plan-line {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space-1) var(--_space-3);
  }

  .nickname {
    color: var(--_text-muted);
  }

  .amount {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }

  .date {
    font-weight: 500;
  }

  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-6);
    margin: 0;
    font-size: var(--_font-size-sm);
  }

  .facts div {
    display: flex;
    gap: var(--_space-1);
  }

  .facts dt {
    color: var(--_text-muted);
  }

  .facts dt::after {
    content: ':';
  }

  .facts dd {
    margin: 0;
  }

  .badge {
    display: inline-block;
    padding-inline: var(--_space-2);
    border-radius: 999px;
    font-size: var(--_font-size-sm);
    font-weight: 500;
    background: var(--_neutral-bg);
    color: var(--_text);
  }

  .badge[data-status='active'] {
    background: var(--_success-bg);
    color: var(--_success);
  }

  .badge[data-status='trialing'] {
    background: var(--_info-bg);
    color: var(--_info);
  }

  .badge[data-status='canceling'],
  .badge[data-status='paused'],
  .badge[data-status='past_due'] {
    background: var(--_warning-bg);
    color: var(--_warning);
  }

  .badge[data-status='on_hold'] {
    background: var(--_danger-bg);
    color: var(--_danger);
  }

  .badge.current {
    background: var(--_brand);
    color: var(--_on-brand);
  }

  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2) var(--_space-3);
    padding: var(--_space-3);
    border-radius: var(--_radius);
    border: 1px solid transparent;
  }

  .notice p {
    flex: 1 1 16rem;
  }

  .notice.danger {
    background: var(--_danger-bg);
    color: var(--_danger);
    border-color: var(--_danger);
  }

  .notice.warning,
  .warning {
    background: var(--_warning-bg);
    color: var(--_warning);
  }

  .warning {
    padding: var(--_space-3);
    border-radius: var(--_radius);
  }

  .notice.success {
    background: var(--_success-bg);
    color: var(--_success);
    margin-block-end: var(--_space-3);
  }

  section > .notice.warning {
    margin-block-end: var(--_space-3);
  }

  .note {
    font-size: var(--_font-size-sm);
    color: var(--_text-muted);
  }

  .alert {
    padding: var(--_space-2) var(--_space-3);
    border-inline-start: 3px solid var(--_danger);
    background: var(--_danger-bg);
    color: var(--_danger);
    border-radius: 4px;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin-block-start: var(--_space-1);
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
    margin-block-end: var(--_space-3);
    border-style: solid;
    border-color: var(--_danger);
    background: var(--_danger-bg);
    color: var(--_danger);
  }

  .skeleton {
    display: grid;
    gap: var(--_space-3);
  }

  .bone {
    block-size: 148px;
  }

  /* Dialogs */

  dialog {
    inline-size: min(34rem, calc(100vw - 2 * var(--_space-4)));
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

  .flow-form {
    display: grid;
    gap: var(--_space-4);
  }

  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }

  legend {
    padding: 0;
    margin-block-end: var(--_space-2);
    font-weight: 600;
  }

  .choices {
    display: grid;
    gap: var(--_space-2);
  }

  .choice {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-3);
    padding: var(--_space-2) var(--_space-3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
    min-block-size: 24px;
  }

  .choice:has(input:checked) {
    border-color: var(--_brand);
    box-shadow: inset 0 0 0 1px var(--_brand);
  }

  .choice[data-disabled] {
    cursor: not-allowed;
    background: var(--_surface-sunken);
  }

  .choice input {
    inline-size: 18px;
    block-size: 18px;
    margin: 3px 0 0;
    accent-color: var(--_brand);
    flex: none;
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

  .field {
    display: grid;
    gap: var(--_space-1);
  }

  .field > span:first-child,
  .field > label {
    font-weight: 600;
  }

  input[type='text'],
  input[type='date'],
  input[type='number'],
  textarea {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    min-block-size: 36px;
    padding-inline: var(--_space-3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-sizing: border-box;
    max-inline-size: 100%;
  }

  textarea {
    padding-block: var(--_space-2);
    resize: vertical;
  }

  [aria-invalid='true'] {
    border-color: var(--_danger);
  }

  .hint {
    font-size: var(--_font-size-sm);
    color: var(--_text-muted);
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

  .dialog-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin-block-start: var(--_space-2);
  }

  .loading {
    color: var(--_text-muted);
  }

  @container (max-width: 420px) {
    .card {
      padding: var(--_space-3);
    }

    .actions button {
      flex: 1 1 auto;
    }
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
    .badge {
      border: 1px solid CanvasText;
    }
  }
`;
