/**
 * What the subscription element and its flows (cancel, change plan, pause) share: the
 * contract's types and `DialogFlow`, the base of a flow that runs in a native modal
 * `<dialog>`. (The subscriptions and plans are the store's: `store.subscriptions`, `store.plans`.)
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize.js';
import type { ResponseOf, Schemas } from '../../state/api-client.js';
import { PortalError } from '../../state/errors.js';
import type { PortalStore } from '../../state/store.js';

export type Subscription = Schemas['Subscription'];
export type SubscriptionList = ResponseOf<'/v1/subscriptions', 'get'>;
export type PlanList = ResponseOf<'/v1/plans', 'get'>;
export type Plan = Schemas['Plan'];
export type Price = Schemas['Price'];
export type CancelOptions = Schemas['CancelOptions'];
export type RetentionOffer = Schemas['RetentionOfferDetails'];
export type CancellationReason = Schemas['CancellationReason'];
export type UpdatePreview = Schemas['SubscriptionUpdatePreview'];

/** The current subscription a stale-version 409 carries, if that is what `error` is. */
export function conflictSubscription(error: unknown): Subscription | undefined {
  if (!(error instanceof PortalError) || error.kind !== 'conflict' || error.details.code !== 'subscription_version_conflict') return undefined;
  const body = error.details.body as { subscription?: Subscription } | undefined;
  return body?.subscription?.object === 'subscription' ? body.subscription : undefined;
}

/** The name that tells one subscription from another: the price's nickname, else the product's name. */
export const subscriptionName = (sub: Pick<Subscription, 'price' | 'product'>) => sub.price.nickname ?? sub.product.name;

/** What a flow needs from the element hosting it. */
export interface FlowContext {
  store(): PortalStore | undefined;
  readonly i18n: LocalizeController;
  /** Puts a subscription the server returned into the shared list at once. */
  replace(sub: Subscription): void;
  /** Says an outcome in the element's live region. */
  announce(message: string): void;
  /** Moves focus to a subscription's card (when the control that opened a flow is gone). */
  focusCard(id: string): void;
  /** A flow opened from a deep link finished its task. */
  completed(): void;
}

export type FlowHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

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
    else this.#closed();
  }

  /** Clears the flow's own state when it closes. */
  protected abstract reset(): void;

  /** The dialog's content while open. */
  protected abstract renderContent(sub: Subscription): TemplateResult;

  #closed = () => {
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
  };

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

  render(): TemplateResult {
    const sub = this.sub;
    return html`<dialog id=${this.id} part="dialog" aria-labelledby="${this.id}-title" @close=${this.#closed}>
      ${sub
        ? html`<div class="dialog-body">
            <button type="button" class="close" part="dialog-close" aria-label=${this.t.term('subscriptions.dialog.close')} @click=${() => this.close()}>
              <span aria-hidden="true">×</span>
            </button>
            ${this.renderContent(sub)}
          </div>`
        : nothing}
    </dialog>`;
  }

  /** The flow's error, as an alert. */
  protected renderError() {
    return this.error ? html`<p class="alert" role="alert">${this.error}</p>` : nothing;
  }

  /** A button that runs `name`: busy while it runs, and dead while anything runs. */
  protected actionButton(name: string, label: string, busyLabel: string, onClick: () => void, kind: 'primary' | 'danger' | 'secondary' = 'primary') {
    const running = this.busy === name;
    return html`<button
      type="button"
      class=${kind}
      part="button ${kind}"
      data-action=${name}
      aria-disabled=${this.busy ? 'true' : 'false'}
      aria-busy=${running ? 'true' : 'false'}
      @click=${onClick}
    >
      ${running ? busyLabel : label}
    </button>`;
  }
}

/** What to tell the customer about a failed action: the server's own words for a refused request. */
export function errorText(t: LocalizeController, error: unknown): string {
  if (error instanceof PortalError) {
    if (error.details.code === 'card_declined' || error.details.code === 'payment_method_missing') return error.message;
    if (error.kind === 'validation' || error.kind === 'conflict' || error.kind === 'not_found') return error.message;
    return t.errorMessage(error);
  }
  return t.errorMessage(undefined);
}

/** `date` (an ISO timestamp) as the local calendar day `YYYY-MM-DD`, for `<input type="date">`. */
export function dayInput(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}
