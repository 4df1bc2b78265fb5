import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    max-inline-size: 28rem;
  }

  form,
  .sent {
    display: grid;
    gap: var(--_space-2);
  }

  h2 {
    margin: 0;
  }

  .intro,
  .sent p {
    margin: 0 0 var(--_space-2);
    color: var(--_text-muted);
  }

  label {
    font-weight: 500;
  }

  input {
    min-block-size: 40px;
    border-color: var(--_border-strong, #8a909c);
  }

  .field-error,
  .error {
    margin: 0;
    color: var(--_danger);
    font-size: var(--_font-size-sm);
  }

  button {
    min-block-size: 40px;
  }

  button.primary {
    margin-block-start: var(--_space-2);
    font-weight: 600;
  }

  .primary[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.85;
  }

  .link {
    justify-self: start;
    min-block-size: 24px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_brand-text);
    text-decoration: underline;
  }
`;
