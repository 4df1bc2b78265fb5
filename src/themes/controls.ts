import { css } from 'lit';

/**
 * The controls the elements draw alike: the section heading (`h2`), buttons (`.primary`, `.danger`, `.danger-quiet`,
 * busy and disabled), form fields with their `.field`, `.hint` and `.field-error`, the
 * `.message` for empty and error states, `.notice` tones, status pills (`.status`,
 * `.badge`, `.flag`), `.panel` / `.card`, and the modal `<dialog>` with its choices.
 * Every element adopts it after `tokens` (and `skeleton`) and before its own styles,
 * which keep only what is theirs and override a rule here with one of the same
 * specificity. Fields use `:where()` so that any element rule about them wins.
 */
export const controls = css`
  /* A section's heading: each element's h2. */
  h2 {
    margin-block: 0 var(--_space-3);
    font-size: var(--_font-size-lg);
    font-weight: 600;
  }

  /* Buttons: at least 36 px either way (targets of 24 px or more); the focus ring is the tokens'. */
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
    color: var(--_on-danger);
    font-weight: 500;
  }

  button.danger-quiet {
    color: var(--_danger);
  }

  button:is(.danger-quiet, .quiet):hover {
    border-color: var(--_danger);
  }

  /* Unavailable: looks it. Working (aria-busy): the progress cursor. */
  button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.65;
  }

  button[aria-busy='true'] {
    cursor: progress;
  }

  /* Form fields (not radios and checkboxes, which stay native). */
  :where(input:not([type='radio'], [type='checkbox']), select, textarea) {
    font: inherit;
    min-block-size: 36px;
    padding-inline: var(--_space-3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  [aria-invalid='true'] {
    border-color: var(--_danger);
  }

  .field {
    display: grid;
    gap: var(--_space-1);
  }

  .hint {
    font-size: var(--_font-size-sm);
    color: var(--_text-muted);
  }

  .field-error {
    font-size: var(--_font-size-sm);
    color: var(--_danger);
  }

  /* Empty, signed-out and error states. */
  .message {
    margin: 0;
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

  .notice.success {
    background: var(--_success-bg);
    color: var(--_success);
  }

  .notice.warning {
    background: var(--_warning-bg);
    color: var(--_warning);
  }

  .notice.danger {
    background: var(--_danger-bg);
    color: var(--_danger);
    border-color: var(--_danger);
  }

  .live:empty {
    display: none;
  }

  /* Status pills; each element colours its own states. */
  :is(.status, .badge, .flag) {
    display: inline-block;
    padding-inline: var(--_space-2);
    border-radius: 999px;
    font-size: var(--_font-size-sm);
    font-weight: 500;
    background: var(--_neutral-bg);
    color: var(--_text);
  }

  /* A boxed group: its background is the element's --_panel-bg. */
  :is(.panel, .card) {
    padding: var(--_space-4);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_panel-bg, var(--_surface));
  }

  /* The modal dialog, and the choices in it. */
  dialog {
    inline-size: min(var(--_dialog-size, 36rem), calc(100vw - 2 * var(--_space-4)));
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

  dialog fieldset {
    margin: 0;
    padding: 0;
    border: 0;
  }

  dialog legend {
    padding: 0;
    margin-block-end: var(--_space-2);
    font-weight: 600;
  }

  .choices {
    display: grid;
    gap: var(--_space-2);
  }

  :is(.option, .choice) {
    display: flex;
    gap: var(--_space-3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }

  :is(.option, .choice):has(input:checked) {
    border-color: var(--_brand);
    box-shadow: inset 0 0 0 1px var(--_brand);
  }

  :is(.option, .choice) input {
    flex: none;
    accent-color: var(--_brand);
  }

  .dialog-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin-block-start: var(--_space-2);
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
    :is(.status, .badge, .flag) {
      border: 1px solid CanvasText;
    }
  }
`;
