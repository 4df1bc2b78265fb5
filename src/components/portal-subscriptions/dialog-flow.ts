/**
 * The base of the subscription element's flows (cancel, change plan, pause): a flow in a
 * native modal `<dialog>`. Loaded with the flows, on first use (see flows.ts).
 */
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize.js';
import type { PortalStore } from '../../state/store.js';
import { conflictSubscription, errorText, type FlowContext, type FlowHost, type Subscription } from './shared.js';

/**
 * A flow in a native modal `<dialog>`: `showModal()` moves focus in, Escape closes,
 * and on close focus goes back to the control that opened it (or, when that control is
 * gone because the subscription changed, to the subscription's card). One action runs
 * at a time: while it runs its button is busy and further presses are ignored.
 */
export abstract class DialogFlow implements ReactiveController {
  /** The subscription the flow is about (replaced by the server's newer state on a conflict). */
  sub?: Subscription;
  /** What went wrong last, shown in the dialog as an alert. */
  error?: string;
  /** The action running now, if any (its button is busy). */
  busy?: string;
  /** Whether the flow was opened from a deep link. */
  protected deepLink = false;
  #opener?: HTMLElement | null;

  constructor(
    protected readonly host: FlowHost,
    protected readonly ctx: FlowContext,
    /** The dialog's id in the host's shadow root. */
    readonly id: string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.dialog?.close();
  }

  get isOpen(): boolean {
    return this.sub !== undefined;
  }

  protected get t(): LocalizeController {
    return this.ctx.i18n;
  }

  protected get dialog(): HTMLDialogElement | null {
    return this.host.renderRoot?.querySelector<HTMLDialogElement>(`#${this.id}`) ?? null;
  }

  /** Opens the dialog for `sub`; `opener` gets focus back when it closes. */
  protected async show(sub: Subscription, opener: HTMLElement | null, deepLink: boolean): Promise<void> {
    this.sub = sub;
    this.error = undefined;
    this.busy = undefined;
    this.deepLink = deepLink;
    this.#opener = opener;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.dialog;
    if (dialog && !dialog.open) dialog.showModal();
  }

  /** Closes the dialog (the `close` event does the rest). */
  close(): void {
    const dialog = this.dialog;
    if (dialog?.open) dialog.close();
    else this.closed();
  }

  /** Clears the flow's own state when it closes. */
  protected abstract reset(): void;

  /** The dialog's content while open. */
  protected abstract renderContent(sub: Subscription): TemplateResult;

  /** The dialog closed (its `close` event, which the element forwards; or `close()` while it was not open). */
  closed(): void {
    if (!this.sub) return;
    const id = this.sub.id;
    const opener = this.#opener;
    this.sub = undefined;
    this.error = undefined;
    this.busy = undefined;
    this.#opener = undefined;
    this.reset();
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      if (opener?.isConnected && opener.getClientRects().length > 0 && opener.getAttribute('aria-disabled') !== 'true') opener.focus();
      else this.ctx.focusCard(id);
    });
  }

  /** After a step changes: focus its heading, so it is read out and Tab starts there. */
  protected async focusHeading(): Promise<void> {
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.dialog?.querySelector<HTMLElement>('h2')?.focus();
  }

  /**
   * Runs one action of the flow: ignored while another runs; its button is busy; a
   * stale version brings in the server's current subscription and says so; any other
   * failure is shown in the dialog. Resolves to the result, or undefined if it failed.
   */
  protected async act<T>(name: string, work: (store: PortalStore, sub: Subscription) => Promise<T>): Promise<T | undefined> {
    const store = this.ctx.store();
    const sub = this.sub;
    if (this.busy || !store || !sub) return undefined;
    if (!store.canMutate) {
      this.error = this.t.term('error.offline');
      this.host.requestUpdate();
      return undefined;
    }
    this.busy = name;
    this.error = undefined;
    this.host.requestUpdate();
    try {
      return await work(store, sub);
    } catch (error) {
      if (this.sub?.id !== sub.id) return undefined;
      const current = conflictSubscription(error);
      if (current) {
        this.ctx.replace(current);
        this.sub = current;
        this.error = this.t.term('subscriptions.conflict');
        this.onConflict(current);
      } else {
        this.error = errorText(this.t, error);
      }
      return undefined;
    } finally {
      if (this.busy === name) this.busy = undefined;
      this.host.requestUpdate();
    }
  }

  /** A flow may go back a step when the subscription changed under it. */
  protected onConflict(_current: Subscription): void {}

  /** A success: the list shows the new state, the outcome is said, the dialog closes. */
  protected finish(updated: Subscription, message: string): void {
    this.ctx.replace(updated);
    this.ctx.announce(message);
    this.close();
    if (this.deepLink) this.ctx.completed();
  }

  /**
   * The dialog's content, while open. The element renders the `<dialog>` itself (id
   * `this.id`, labelled by `${id}-title`), before this code has loaded too.
   */
  render(): TemplateResult | typeof nothing {
    const sub = this.sub;
    return sub
      ? html`<div class="dialog-body">
          <button type="button" class="close" part="dialog-close" aria-label=${this.t.term('subscriptions.dialog.close')} @click=${() => this.close()}>
            <span aria-hidden="true">×</span>
          </button>
          ${this.renderContent(sub)}
        </div>`
      : nothing;
  }

  /** The flow's error, as an alert. */
  protected renderError() {
    return this.error ? html`<p class="alert" role="alert">${this.error}</p>` : nothing;
  }

  /**
   * A button that runs `name`: busy while it runs, and dead while anything runs. With
   * `'submit'` instead of a click handler it is its form's submit button: the form's
   * submit handler runs the action, so Enter in any field of the form runs it too.
   */
  protected actionButton(name: string, label: string, busyLabel: string, onClick: (() => void) | 'submit', kind: 'primary' | 'danger' | 'secondary' = 'primary') {
    const running = this.busy === name;
    return html`<button
      type=${onClick === 'submit' ? 'submit' : 'button'}
      class=${kind}
      part="button ${kind}"
      data-action=${name}
      aria-disabled=${this.busy ? 'true' : 'false'}
      aria-busy=${running ? 'true' : 'false'}
      @click=${onClick === 'submit' ? nothing : onClick}
    >
      ${running ? busyLabel : label}
    </button>`;
  }
}

/** `date` (an ISO timestamp) as the local calendar day `YYYY-MM-DD`, for `<input type="date">`. */
export function dayInput(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}
