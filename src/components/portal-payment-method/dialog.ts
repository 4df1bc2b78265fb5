/**
 * `<portal-payment-method>`'s dialog — choose a saved method, make one the default,
 * remove one, add a new one, pay what an on-hold or past-due subscription owes — with
 * its styles and English: one chunk, loaded when the customer first heads for the
 * dialog (hover, focus or press), not with the page. The element renders the
 * `<dialog>` itself and adds `english` to the strings when the chunk arrives (no module
 * side effects: the package is marked side-effect free).
 */
import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { emit } from '../../events.js';
import type { Schemas } from '../../state/api-client.js';
import { PortalError } from '../../state/errors.js';
import { linkOrigins, safeHttpUrl } from '../../state/urls.js';
import { adoptLater } from '../../themes/adopt-later.js';
import { markFor, paymentMark } from './brand-marks.js';
import { styles } from './dialog.styles.js';
import {
  owes,
  subscriptionName,
  type Action,
  type DialogContext,
  type DialogHost,
  type Owing,
  type PaymentMethod,
  type Subscription,
} from './shared.js';

export { default as english } from '../../i18n/en/paymentMethodDialog.js';

type Invoice = Schemas['Invoice'];
type CardError = Schemas['CardError'];

/** Statuses in which a subscription bills the customer, so it needs a payment method. */
const BILLABLE = new Set(['active', 'trialing', 'past_due', 'on_hold']);

type Outcome =
  | { kind: 'reactivated'; subscription: Subscription; invoice: Invoice; method: string }
  | { kind: 'declined'; message: string; declineCode: string };

/**
 * The dialog's content and actions. One action runs at a time (the element's `busy`):
 * while it runs its button is busy and every press is ignored.
 */
export class PaymentMethodDialog {
  /** The method chosen. */
  #selected?: string;
  /** A removal waiting for confirmation: the method's id. */
  #confirmingRemove?: string;
  #outcome?: Outcome;

  constructor(
    private readonly host: DialogHost,
    private readonly ctx: DialogContext,
  ) {
    adoptLater(host, styles); // after the element's own, as when they were one sheet
  }

  get #t() {
    return this.ctx.i18n;
  }

  #sub(id: string | undefined): Subscription | undefined {
    return id ? this.ctx.subscriptions().find((s) => s.id === id) : undefined;
  }

  #update(): void {
    this.host.requestUpdate();
  }

  /**
   * Before the dialog opens (for `subscription`, or the default method): chooses the
   * method shown selected and clears what an earlier opening left. With `added` (back
   * from the hosted page), returns what to say about the method just added.
   */
  reset(subscription: string | undefined, added?: { method: PaymentMethod; owing?: Owing }): string {
    const sub = this.#sub(subscription);
    const methods = this.ctx.methods();
    let selected = added?.method.id ?? sub?.payment_method?.id ?? methods.find((m) => m.is_default)?.id ?? methods[0]?.id;
    if (!methods.some((m) => m.id === selected)) selected = methods[0]?.id;
    this.#selected = selected;
    this.#outcome = undefined;
    this.#confirmingRemove = undefined;
    this.#update();
    if (!added) return '';
    const t = this.#t;
    const name = this.ctx.name(added.method);
    const owing = added.owing;
    return owing
      ? t.term('paymentMethodDialog.addedPayNext', name, t.money(owing.outstanding.amount_due, owing.outstanding.currency))
      : t.term('paymentMethodDialog.added', name);
  }

  /** The dialog closed: a reactivation is said outside it too. */
  closed(): void {
    const outcome = this.#outcome;
    if (outcome?.kind === 'reactivated') {
      const t = this.#t;
      this.ctx.announce(t.term('paymentMethodDialog.reactivated.announce', subscriptionName(outcome.subscription), t.money(outcome.invoice.amount_paid, outcome.invoice.currency)));
    }
    this.#confirmingRemove = undefined;
  }

  // ── Rendering ───────────────────────────────────────────────────────────────

  /** The dialog's content, while open. The element renders the `<dialog>` (labelled by `dialog-title`). */
  render() {
    const t = this.#t;
    const sub = this.#sub(this.ctx.subscription);
    const reactivating = owes(sub) || this.#outcome?.kind === 'reactivated';
    const title = sub
      ? reactivating
        ? t.term('paymentMethodDialog.dialog.reactivateTitle', subscriptionName(sub))
        : t.term('paymentMethodDialog.dialog.subscriptionTitle', subscriptionName(sub))
      : t.term('paymentMethodDialog.dialog.title');
    return html`<div class="dialog-body">
      <h2 id="dialog-title" tabindex="-1">${title}</h2>
      <button type="button" class="close" part="button" aria-label=${t.term('paymentMethodDialog.close')} @click=${this.ctx.close}>×</button>
      ${this.#outcome?.kind === 'reactivated' ? this.#renderReactivated(this.#outcome) : this.#renderChoice(sub)}
    </div>`;
  }

  #renderReactivated(outcome: Extract<Outcome, { kind: 'reactivated' }>) {
    const t = this.#t;
    const receipt = safeHttpUrl(outcome.invoice.pdf_url, linkOrigins(this.ctx.store()));
    const method = this.ctx.methods().find((m) => m.id === outcome.method);
    return html`<div class="result success" role="status">
        <h3 id="result-title" tabindex="-1">${t.term('paymentMethodDialog.reactivated.title')}</h3>
        <p>
          ${t.term('paymentMethodDialog.reactivated.body', subscriptionName(outcome.subscription), t.money(outcome.invoice.amount_paid, outcome.invoice.currency))}
          ${method ? t.term('paymentMethodDialog.reactivated.with', this.ctx.name(method)) : nothing}
        </p>
        <p>${t.term('paymentMethodDialog.reactivated.renews', t.date(outcome.subscription.current_period_end))}</p>
        ${receipt
          ? html`<p>
              <a part="receipt" href=${receipt} target="_blank" rel="noopener">${t.term('paymentMethodDialog.receipt', outcome.invoice.number)}</a>
            </p>`
          : nothing}
      </div>
      <div class="dialog-actions">
        <button type="button" class="primary" part="button primary" data-action="done" @click=${this.ctx.close}>${t.term('paymentMethodDialog.done')}</button>
      </div>`;
  }

  #renderChoice(sub: Subscription | undefined) {
    const t = this.#t;
    const ctx = this.ctx;
    const methods = ctx.methods();
    const selected = methods.find((m) => m.id === this.#selected);
    const owing = owes(sub);
    const declined = this.#outcome?.kind === 'declined' ? this.#outcome : undefined;
    return html`
      ${owing
        ? html`<div class="outstanding" part="outstanding">
            <p>
              ${sub.status === 'on_hold'
                ? t.term('paymentMethodDialog.dialog.onHoldIntro', subscriptionName(sub))
                : t.term('paymentMethodDialog.dialog.pastDueIntro', subscriptionName(sub))}
            </p>
            <p class="due">
              <span>${t.term('paymentMethodDialog.dialog.outstanding')}</span>
              <strong data-amount>${t.money(sub.outstanding.amount_due, sub.outstanding.currency)}</strong>
            </p>
          </div>`
        : nothing}
      <div role="status" class="dialog-status">${ctx.notice ? html`<p class="notice success">${ctx.notice}</p>` : nothing}</div>
      ${declined
        ? html`<div class="notice danger" role="alert" data-result="declined">
            <p><strong>${t.term('paymentMethodDialog.declined.title')}</strong> ${declined.message}</p>
            <p>${sub ? t.term('paymentMethodDialog.declined.still', subscriptionName(sub), sub.status === 'on_hold') : nothing}</p>
          </div>`
        : nothing}
      ${ctx.error ? html`<p class="notice danger" role="alert">${ctx.error}</p>` : nothing}
      ${methods.length
        ? html`<fieldset class="choices">
            <legend>${t.term('paymentMethodDialog.dialog.saved')}</legend>
            ${repeat(methods, (m) => m.id, (m) => this.#renderOption(m, sub))}
          </fieldset>`
        : html`<p class="message">${t.term('paymentMethod.empty')}</p>`}
      ${selected ? this.#renderSelectedActions(selected, sub) : nothing}
      <div class="add">
        <button type="button" part="button" data-action="add" aria-disabled=${ctx.busy ? 'true' : 'false'} aria-busy=${ctx.busy === 'setup' ? 'true' : 'false'} @click=${ctx.addNew}>
          ${ctx.busy === 'setup' ? t.term('paymentMethod.opening') : t.term('paymentMethodDialog.add')}
        </button>
        <p class="hint">${t.term('paymentMethodDialog.addHint')}</p>
      </div>
      <div class="dialog-actions">${this.#renderPrimary(selected, sub)}</div>
    `;
  }

  #renderOption(pm: PaymentMethod, sub: Subscription | undefined) {
    const t = this.#t;
    const usedBy = pm.used_by.map((id) => this.#sub(id)).filter((s): s is Subscription => Boolean(s));
    const current = sub?.payment_method?.id === pm.id;
    return html`<label class="option" part="option" data-method=${pm.id}>
      <input type="radio" name="method" .value=${pm.id} .checked=${this.#selected === pm.id} @change=${() => this.#select(pm.id)} />
      ${paymentMark(markFor(pm))}
      <span class="text">
        <span class="name">${this.ctx.name(pm)}</span>
        <span class="detail">${this.ctx.detail(pm)}</span>
        <span class="flags">
          ${this.ctx.flags(pm)}
          ${pm.is_default ? html`<span class="flag" part="flag">${t.term('paymentMethodDialog.flag.default')}</span>` : nothing}
          ${sub && current ? html`<span class="flag" part="flag">${t.term('paymentMethodDialog.flag.current')}</span>` : nothing}
        </span>
        ${!sub && usedBy.length ? html`<span class="detail">${t.term('paymentMethodDialog.usedBy', usedBy.map((s) => subscriptionName(s)).join(', '))}</span>` : nothing}
      </span>
    </label>`;
  }

  /** Make default and Remove, for the method chosen; the removal rule explained before they try. */
  #renderSelectedActions(pm: PaymentMethod, sub: Subscription | undefined) {
    const t = this.#t;
    const name = this.ctx.name(pm);
    const lastNeeded = this.ctx.methods().length === 1 && this.ctx.subscriptions().some((s) => BILLABLE.has(s.status));
    if (this.#confirmingRemove === pm.id) {
      const moving = pm.used_by.map((id) => this.#sub(id)).filter((s): s is Subscription => Boolean(s));
      return html`<div class="confirm" part="confirm">
        <p id="confirm-text">
          ${t.term('paymentMethodDialog.remove.confirm', name)}
          ${moving.length ? t.term('paymentMethodDialog.remove.moves', moving.map((s) => subscriptionName(s)).join(', ')) : nothing}
        </p>
        <div class="row">
          ${this.#actionButton('remove', t.term('paymentMethodDialog.remove.yes'), t.term('paymentMethodDialog.removing'), () => void this.#remove(pm), 'danger', 'confirm-text')}
          <button type="button" part="button" data-action="keep" @click=${this.#cancelRemove}>${t.term('paymentMethodDialog.remove.no')}</button>
        </div>
      </div>`;
    }
    const showDefault = Boolean(sub) && !pm.is_default;
    return html`<div class="row selected-actions">
        ${showDefault
          ? this.#actionButton('default', t.term('paymentMethodDialog.makeDefault'), t.term('paymentMethodDialog.saving'), () => void this.#makeDefault(pm, false), 'secondary')
          : nothing}
        <button type="button" part="button danger" class="danger-quiet" data-action="ask-remove" aria-disabled=${lastNeeded || this.ctx.busy ? 'true' : 'false'}
          aria-describedby=${lastNeeded ? 'remove-why' : nothing} @click=${() => this.#askRemove(pm, lastNeeded)}>
          ${t.term('paymentMethodDialog.remove', name)}
        </button>
      </div>
      ${lastNeeded ? html`<p class="hint" id="remove-why" data-why="last-method">${t.term('paymentMethodDialog.remove.lastNeeded')}</p>` : nothing}`;
  }

  #renderPrimary(selected: PaymentMethod | undefined, sub: Subscription | undefined) {
    const t = this.#t;
    const cancel = html`<button type="button" part="button" data-action="cancel" @click=${this.ctx.close}>${t.term('paymentMethodDialog.cancel')}</button>`;
    if (!selected) return cancel;
    if (owes(sub)) {
      const amount = t.money(sub.outstanding.amount_due, sub.outstanding.currency);
      return html`${cancel}${this.#actionButton('pay', t.term('paymentMethodDialog.pay', amount), t.term('paymentMethodDialog.paying'), () => void this.#setForSubscription(selected, sub))}`;
    }
    if (sub) {
      if (sub.payment_method?.id === selected.id) return html`<p class="hint">${t.term('paymentMethodDialog.alreadyUsed', subscriptionName(sub))}</p>${cancel}`;
      return html`${cancel}${this.#actionButton('use', t.term('paymentMethodDialog.useFor', subscriptionName(sub)), t.term('paymentMethodDialog.saving'), () => void this.#setForSubscription(selected, sub))}`;
    }
    if (selected.is_default) return html`<p class="hint">${t.term('paymentMethodDialog.alreadyDefault')}</p>${cancel}`;
    return html`${cancel}${this.#actionButton('default', t.term('paymentMethodDialog.makeDefault'), t.term('paymentMethodDialog.saving'), () => void this.#makeDefault(selected, true))}`;
  }

  /** A button that runs one request: busy while it runs, every press meanwhile ignored. */
  #actionButton(action: Action, label: string, busyLabel: string, run: () => void, kind: 'primary' | 'secondary' | 'danger' = 'primary', describedBy?: string) {
    const busy = this.ctx.busy;
    const running = busy === action;
    return html`<button
      type="button"
      class=${kind}
      part=${kind === 'secondary' ? 'button' : `button ${kind}`}
      data-action=${action}
      aria-disabled=${busy ? 'true' : 'false'}
      aria-busy=${running ? 'true' : 'false'}
      aria-describedby=${describedBy ?? nothing}
      @click=${() => {
        if (!this.ctx.busy) run();
      }}
    >
      ${running ? busyLabel : label}
    </button>`;
  }

  // ── Actions ─────────────────────────────────────────────────────────────────

  #select(id: string): void {
    this.#selected = id;
    this.#confirmingRemove = undefined;
    this.ctx.error = '';
    this.#update();
  }

  /** Focuses what `selector` finds in the element once it has rendered. */
  async #focus(selector: string): Promise<void> {
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  async #makeDefault(pm: PaymentMethod, closeAfter: boolean): Promise<void> {
    const ctx = this.ctx;
    if (!ctx.begin('default')) return;
    const store = ctx.store()!;
    try {
      const list = await store.mutate(
        (signal) => store.client.call('post', '/v1/payment-methods/{id}/default', { params: { id: pm.id }, signal }),
        { affects: [] },
      );
      store.paymentMethods.put(list);
      const message = this.#t.term('paymentMethodDialog.defaultDone', ctx.name(pm));
      emit(this.host, 'portal-payment-method-updated', { payment_method: list.data.find((m) => m.id === pm.id) ?? pm, change: 'default' });
      if (closeAfter) {
        ctx.announce(message);
        ctx.close();
        ctx.flowRedirect();
      } else {
        ctx.notice = message;
      }
    } catch (error) {
      ctx.error = ctx.errorText(error);
      if (error instanceof PortalError && error.kind === 'not_found') void store.refresh(['payment_methods']);
    } finally {
      ctx.busy = undefined;
    }
  }

  #askRemove(pm: PaymentMethod, lastNeeded: boolean): void {
    if (this.ctx.busy || lastNeeded) return;
    this.#confirmingRemove = pm.id;
    this.#update();
    void this.#focus('[data-action="keep"]');
  }

  #cancelRemove = () => {
    this.#confirmingRemove = undefined;
    this.#update();
    void this.#focus('[data-action="ask-remove"]');
  };

  async #remove(pm: PaymentMethod): Promise<void> {
    const ctx = this.ctx;
    if (!ctx.begin('remove')) return;
    const store = ctx.store()!;
    const t = this.#t;
    try {
      const list = await store.mutate(
        (signal) => store.client.call('delete', '/v1/payment-methods/{id}', { params: { id: pm.id }, signal }),
        { affects: pm.used_by.length ? ['subscriptions'] : [] },
      );
      store.paymentMethods.put(list);
      this.#confirmingRemove = undefined;
      const sub = this.#sub(ctx.subscription);
      this.#selected = (sub && list.data.find((m) => m.used_by.includes(sub.id))?.id) ?? list.data.find((m) => m.is_default)?.id ?? list.data[0]?.id;
      ctx.notice = t.term('paymentMethodDialog.removed', ctx.name(pm));
      this.#update();
      emit(this.host, 'portal-payment-method-updated', { payment_method: pm, change: 'removed' });
      await this.#focus('input[type="radio"]:checked, [data-action="add"]');
    } catch (error) {
      this.#confirmingRemove = undefined;
      this.#update();
      if (error instanceof PortalError && error.details.code === 'payment_method_required') {
        ctx.error = t.term('paymentMethodDialog.remove.refused', error.message);
        void store.refresh(['payment_methods', 'subscriptions']);
      } else {
        ctx.error = ctx.errorText(error);
      }
      await this.#focus('[data-action="ask-remove"]');
    } finally {
      ctx.busy = undefined;
    }
  }

  /** Sets `sub`'s method; for an on-hold or past-due one that charges the outstanding invoice. */
  async #setForSubscription(pm: PaymentMethod, shown: Subscription): Promise<void> {
    const ctx = this.ctx;
    if (!ctx.begin(owes(shown) ? 'pay' : 'use')) return;
    const store = ctx.store()!;
    const t = this.#t;
    const sub = this.#sub(shown.id) ?? shown;
    this.#outcome = undefined;
    try {
      const result = await store.mutate(
        (signal) =>
          store.client.call('post', '/v1/subscriptions/{id}/payment-method', {
            params: { id: sub.id },
            body: { payment_method: pm.id, version: sub.version },
            signal,
          }),
        { affects: ['subscriptions', 'payment_methods', 'invoices'] },
      );
      this.#replaceSubscription(result.subscription);
      emit(this.host, 'portal-payment-method-updated', { payment_method: pm, change: 'subscription', subscription: result.subscription });
      if (result.object === 'reactivation') {
        this.#outcome = { kind: 'reactivated', subscription: result.subscription, invoice: result.invoice, method: pm.id };
        this.#update();
        emit(this.host, 'portal-subscription-reactivated', { subscription: result.subscription, invoice: result.invoice });
        if (!ctx.open) {
          // Closed while the payment ran: say the outcome outside the dialog.
          ctx.announce(
            t.term('paymentMethodDialog.reactivated.announce', subscriptionName(result.subscription), t.money(result.invoice.amount_paid, result.invoice.currency)),
          );
          return;
        }
        await this.#focus('#result-title');
        ctx.flowRedirect();
      } else {
        ctx.announce(t.term('paymentMethodDialog.usedNow', subscriptionName(result.subscription), ctx.name(pm)));
        ctx.close();
        ctx.flowRedirect();
      }
    } catch (error) {
      const body = error instanceof PortalError ? error.details.body : undefined;
      if (error instanceof PortalError && error.details.code === 'payment_failed') {
        const card = (body as CardError | undefined)?.error;
        this.#outcome = { kind: 'declined', message: card?.message ?? error.message, declineCode: card?.decline_code ?? 'card_declined' };
        this.#update();
        if (!ctx.open) ctx.alert(`${t.term('paymentMethodDialog.declined.title')} ${this.#outcome.message}`);
      } else if (error instanceof PortalError && error.kind === 'conflict' && error.details.code === 'subscription_version_conflict') {
        const current = (body as { subscription?: Subscription } | undefined)?.subscription;
        if (current?.object === 'subscription') this.#replaceSubscription(current);
        ctx.error =
          current && !owes(current) && owes(sub) ? t.term('paymentMethodDialog.conflictSettled', subscriptionName(sub)) : t.term('paymentMethodDialog.conflict');
      } else {
        ctx.error = ctx.errorText(error);
      }
    } finally {
      ctx.busy = undefined;
    }
  }

  #replaceSubscription(sub: Subscription): void {
    const resource = this.ctx.store()?.subscriptions;
    const list = resource?.state.data;
    if (list) resource.put({ ...list, data: list.data.map((s) => (s.id === sub.id ? sub : s)) });
  }
}
