import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_row-bg: var(--portal-invoices-row-bg, var(--_surface));
  }

  h2 {
    margin-block: 0; /* beside the filter */
  }

  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-2) var(--_space-4);
    margin-block-end: var(--_space-3);
  }

  .filter {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
  }

  .filter label {
    font-size: var(--_font-size-sm);
    font-weight: 500;
    color: var(--_text-muted);
  }

  select {
    padding-inline: var(--_space-3) var(--_space-2);
  }

  select:hover {
    border-color: var(--_brand);
  }

  .notice {
    margin-block: 0 var(--_space-3);
    padding: var(--_space-3) var(--_space-4);
    border-radius: var(--_radius);
    background: var(--_success-bg);
    color: var(--_success);
    font-weight: 500;
  }

  .window {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2) var(--_space-3);
    margin-block: 0 var(--_space-3);
    color: var(--_text-muted);
    font-size: var(--_font-size-sm);
  }

  .window button {
    min-block-size: 28px;
    padding-inline: var(--_space-3);
    font-size: var(--_font-size-sm);
  }

  .scroller {
    overflow-x: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_row-bg);
  }

  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }

  th,
  td {
    padding-block: var(--_space-3);
    padding-inline: var(--_space-4);
    text-align: start;
    white-space: nowrap;
    border-block-end: 1px solid var(--_border);
  }

  tbody tr:last-child > * {
    border-block-end: 0;
  }

  thead th {
    font-size: var(--_font-size-sm);
    font-weight: 600;
    color: var(--_text-muted);
    background: var(--_surface-sunken);
  }

  /* Each column's share of the table rather than of the widest content shown, so rows coming
     and going ("Show more", the window moving on) leave the columns where they are instead of
     laying every row out again. A column still widens when its content needs more; the
     description takes the rest. (Number, date, amount, status, ·, actions.) */
  thead th:nth-child(1) {
    inline-size: 16%;
  }
  thead th:nth-child(2) {
    inline-size: 19%;
  }
  thead th:nth-child(3) {
    inline-size: 13%;
  }
  thead th:nth-child(4) {
    inline-size: 15%;
  }
  thead th:nth-child(6) {
    inline-size: 16%;
  }

  tbody th {
    font-weight: 500;
  }

  .amount {
    text-align: end;
  }

  .actions {
    text-align: end;
  }

  .actions a + a {
    margin-inline-start: var(--_space-2);
  }

  td.description {
    color: var(--_text-muted);
    white-space: normal;
    min-inline-size: 10ch;
  }

  a.pay {
    padding-inline: var(--_space-3);
    background: var(--_brand);
    color: var(--_on-brand);
    text-decoration: none;
  }

  a.pay:hover {
    text-decoration: underline;
  }

  a {
    color: var(--_brand-text);
    font-weight: 500;
    display: inline-flex;
    align-items: center;
    min-block-size: 24px;
    min-inline-size: 24px;
    padding-inline: var(--_space-1);
    border-radius: 4px;
  }

  .status[data-status='paid'] {
    background: var(--_success-bg);
    color: var(--_success);
  }

  .status[data-status='open'] {
    background: var(--_warning-bg);
    color: var(--_warning);
  }

  .status[data-status='uncollectible'] {
    background: var(--_danger-bg);
    color: var(--_danger);
  }

  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.8;
  }

  .more {
    display: block;
    margin-block-start: var(--_space-3);
    margin-inline: auto;
  }

  .error {
    margin-block-start: var(--_space-3);
  }

  .skeleton {
    display: grid;
    gap: var(--_space-2);
  }

  /* Narrow containers (phones, sidebars): each invoice becomes a two-line card row. */
  @container (max-width: 540px) {
    thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }

    tbody tr {
      display: grid;
      grid-template-columns: 1fr auto auto;
      grid-template-areas:
        'number amount actions'
        'date state actions'
        'description description description';
      column-gap: var(--_space-3);
      row-gap: var(--_space-1);
      align-items: center;
      padding-block: var(--_space-3);
      padding-inline: var(--_space-4);
      border-block-end: 1px solid var(--_border);
    }

    tbody tr:last-child {
      border-block-end: 0;
    }

    tbody th,
    tbody td {
      padding: 0;
      border: 0;
    }

    .number {
      grid-area: number;
    }
    .date {
      grid-area: date;
      color: var(--_text-muted);
      font-size: var(--_font-size-sm);
    }
    tbody .amount {
      grid-area: amount;
      font-weight: 500;
    }
    .state {
      grid-area: state;
      text-align: end;
    }
    .actions {
      grid-area: actions;
      display: flex;
      flex-direction: column;
      align-items: flex-end;
      gap: var(--_space-1);
    }
    .actions a + a {
      margin-inline-start: 0;
    }
    td.description {
      grid-area: description;
      font-size: var(--_font-size-sm);
    }
    td.description:empty {
      display: none;
    }
  }
`;
