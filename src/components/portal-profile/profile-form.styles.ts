import { css } from 'lit';

/** The form's styles: they come with its code (profile-form.ts) and are added to the element's then. */
export const formStyles = css`
  form {
    display: grid;
    gap: var(--_space-4);
  }

  fieldset {
    margin: 0;
    padding: var(--_space-4);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    display: grid;
    gap: var(--_space-3);
    min-inline-size: 0;
  }

  legend {
    font-weight: 600;
    padding-inline: var(--_space-1);
  }

  .fields {
    display: grid;
    gap: var(--_space-3) var(--_space-4);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
  }

  .field {
    align-content: start;
    min-inline-size: 0;
  }

  label {
    font-size: var(--_font-size-sm);
    font-weight: 500;
  }

  input,
  select {
    background: var(--_field-bg);
    min-block-size: 40px;
    inline-size: 100%;
    box-sizing: border-box;
    min-inline-size: 0;
  }

  input:hover:not([readonly]),
  select:hover {
    border-color: var(--_brand);
  }

  input[readonly] {
    background: var(--_surface-sunken);
    color: var(--_text-muted);
    border-style: dashed;
  }

  [aria-invalid='true'] {
    border-width: 2px;
  }

  .field-error {
    font-weight: 500;
  }

  .tax-fields {
    padding: 0;
    border: 0;
    background: none;
    display: grid;
    grid-template-columns: minmax(0, 14rem) minmax(0, 1fr) auto;
    align-items: start;
    gap: var(--_space-3);
  }

  .tax-fields > button {
    margin-block-start: calc(var(--_font-size-sm) * 1.5 + var(--_space-1));
  }

  button.primary {
    font-weight: 600;
  }

  button.quiet {
    border-color: transparent;
    color: var(--_danger);
    background: none;
  }

  /* Narrow containers: a tax ID's type, number and Remove stack. */
  @container (max-width: 520px) {
    .tax-fields {
      grid-template-columns: minmax(0, 1fr);
    }

    .tax-fields > button {
      margin-block-start: 0;
    }
  }

  @media (forced-colors: active) {
    [aria-invalid='true'] {
      border-color: Mark;
    }
  }
`;
