import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_panel-bg: var(--portal-license-keys-card-bg, var(--_surface));
  }

  h3 {
    font-size: var(--_font-size);
    font-weight: 600;
    margin: 0;
  }

  p {
    margin: 0;
  }

  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space-3);
  }

  .card {
    display: grid;
    gap: var(--_space-3);
  }

  .card-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2) var(--_space-3);
  }

  .status[data-status='active'] {
    background: var(--_success-bg);
    color: var(--_success);
  }

  .status[data-status='expired'] {
    background: var(--_warning-bg);
    color: var(--_warning);
  }

  .status[data-status='disabled'] {
    background: var(--_danger-bg);
    color: var(--_danger);
  }

  .key-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2) var(--_space-3);
  }

  .label,
  dt {
    font-size: var(--_font-size-sm);
    color: var(--_text-muted);
  }

  .value {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: var(--_font-size);
    padding-block: var(--_space-1);
    padding-inline: var(--_space-2);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface-sunken);
    overflow-wrap: anywhere;
    user-select: all;
  }

  .value.masked {
    user-select: none;
    letter-spacing: 0.05em;
  }

  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin-inline-start: auto;
  }

  button {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
    padding-inline: var(--_space-3);
  }

  button[aria-pressed='true'] {
    border-color: var(--_brand);
    background: var(--_info-bg);
    color: var(--_info);
  }

  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.8;
  }

  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2) var(--_space-6);
    margin: 0;
  }

  dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }

  .problem {
    padding: var(--_space-2) var(--_space-3);
    border: 1px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_danger-bg);
    color: var(--_danger);
  }

  .announcement:empty {
    display: none;
  }

  .notice {
    margin-block-start: var(--_space-3);
    padding: var(--_space-2) var(--_space-3);
    border-radius: var(--_radius);
    background: var(--_success-bg);
    color: var(--_success);
    font-weight: 500;
  }

  .skeleton {
    display: grid;
    gap: var(--_space-3);
  }

  .bone {
    block-size: 112px;
  }

  @media (forced-colors: active) {
    button[aria-pressed='true'] {
      outline: 2px solid Highlight;
    }
  }
`;
