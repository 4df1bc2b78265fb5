import { css } from 'lit';

/** The element's styles: the details, Edit, messages. The form brings its own (profile-form.styles.ts). */
export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_field-bg: var(--portal-profile-field-bg, var(--_surface));
  }

  p {
    margin: 0;
  }

  /* The details (a boxed .panel): each term beside its value, stacked in narrow containers. */
  .details {
    margin: 0;
    display: grid;
    gap: var(--_space-3);
  }

  .details > div {
    display: grid;
    grid-template-columns: minmax(0, 12rem) minmax(0, 1fr);
    gap: var(--_space-1) var(--_space-4);
  }

  dt {
    color: var(--_text-muted);
    font-weight: 500;
  }

  dd {
    margin: 0;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }

  .line {
    display: block;
  }

  .tax-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space-3);
  }

  dd .tax-list {
    gap: var(--_space-1);
  }

  .tax-list:empty {
    display: none;
  }

  .tax-type {
    color: var(--_text-muted);
  }

  .note,
  .empty {
    color: var(--_text-muted);
  }

  .note {
    margin-block-end: var(--_space-3);
    padding: var(--_space-3) var(--_space-4);
    border-radius: var(--_radius);
    background: var(--_info-bg);
    color: var(--_info);
  }

  button {
    min-block-size: 40px;
    justify-self: start;
  }

  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.8;
  }

  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-3);
  }

  .details + .footer {
    margin-block-start: var(--_space-4);
  }

  .announcement:not(:empty) {
    margin-block-start: var(--_space-3);
  }

  .notice {
    display: inline-block;
    padding-block: var(--_space-2);
    padding-inline: var(--_space-3);
    border-radius: var(--_radius);
    background: var(--_success-bg);
    color: var(--_success);
    font-weight: 500;
  }

  .form-error,
  .message.error {
    padding: var(--_space-3) var(--_space-4);
  }

  .form-error {
    border: 1px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_danger-bg);
    color: var(--_danger);
  }

  .footer .form-error {
    flex-basis: 100%;
  }

  .skeleton {
    display: grid;
    gap: var(--_space-3);
  }

  .bone {
    block-size: 120px;
  }

  /* Narrow containers: each term above its value. */
  @container (max-width: 520px) {
    .details > div {
      grid-template-columns: minmax(0, 1fr);
    }
  }
`;
