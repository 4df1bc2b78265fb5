import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_panel-bg: var(--portal-subscriptions-card-bg, var(--_surface));
    --_dialog-size: 34rem;
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

  .warning {
    padding: var(--_space-3);
    border-radius: var(--_radius);
    background: var(--_warning-bg);
    color: var(--_warning);
  }

  .notice.success {
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

  .message.error {
    margin-block-end: var(--_space-3);
  }

  .skeleton {
    display: grid;
    gap: var(--_space-3);
  }

  .bone {
    block-size: 148px;
  }

  @container (max-width: 420px) {
    .card {
      padding: var(--_space-3);
    }

    .actions button {
      flex: 1 1 auto;
    }
  }
`;
