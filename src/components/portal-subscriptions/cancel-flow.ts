/**
 * The cancel flow, never more than three steps whatever the offers: why (the configured
 * reasons and an optional comment) → the retention offer tied to that reason, if any,
 * with its exact saving (accepting applies it and ends the flow; declining goes on) →
 * confirm, saying exactly what happens (ends on a date, or now with any credit).
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { emit } from '../../events.js';
import { PortalError } from '../../state/errors.js';
import { DialogFlow } from './dialog-flow.js';
import {
  errorText,
  subscriptionName,
  type CancelOptions,
  type CancellationReason,
  type FlowContext,
  type FlowHost,
  type RetentionOffer,
  type Subscription,
} from './shared.js';

type Step = 'loading' | 'load-error' | 'reason' | 'offer' | 'confirm' | 'unavailable';

export class CancelFlow extends DialogFlow {
  step: Step = 'loading';
  options?: CancelOptions;
  reason?: CancellationReason;
  comment = '';
  #abort?: AbortController;

  constructor(host: FlowHost, ctx: FlowContext) {
    super(host, ctx, 'cancel-dialog');
  }

  /** Opens the flow for `sub` and fetches what cancelling it means. */
  async open(sub: Subscription, opener: HTMLElement | null, deepLink = false): Promise<void> {
    this.reset();
    await this.show(sub, opener, deepLink);
    await this.#load();
  }

  protected reset(): void {
    this.#abort?.abort();
    this.#abort = undefined;
    this.step = 'loading';
    this.options = undefined;
    this.reason = undefined;
    this.comment = '';
  }

  /** The reasons to ask for: the server's, unless the configuration switched them off. */
  get reasons(): CancellationReason[] {
    const features = this.ctx.store()?.bootstrap.state.data?.features;
    if (features && !features.subscription_cancel.cancellation_reason.enabled) return [];
    return this.options?.reasons ?? [];
  }

  /** The offer configured for the chosen reason, if one applies to this subscription. */
  get offer(): RetentionOffer | undefined {
    return this.reason ? this.options?.offers.find((o) => o.reason === this.reason)?.offer : undefined;
  }

  async #load(keepStep = false): Promise<void> {
    const store = this.ctx.store();
    const sub = this.sub;
    if (!store || !sub) return;
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    if (!keepStep) this.step = 'loading';
    this.host.requestUpdate();
    try {
      const options = await store.client.call('get', '/v1/subscriptions/{id}/cancel-options', { params: { id: sub.id }, signal: abort.signal });
      if (abort.signal.aborted || this.sub?.id !== sub.id) return;
      this.options = options;
      if (keepStep) {
        if (this.step === 'offer' && !this.offer) this.step = 'confirm';
        this.host.requestUpdate();
      } else {
        this.step = this.reasons.length > 0 ? 'reason' : 'confirm';
        await this.focusHeading();
      }
    } catch (error) {
      if (abort.signal.aborted || this.sub?.id !== sub.id) return;
      if (error instanceof PortalError && error.kind === 'validation' && error.details.code === 'action_not_allowed') {
        this.step = 'unavailable';
        this.error = error.message;
      } else {
        this.step = 'load-error';
        this.error = errorText(this.t, error);
      }
      await this.focusHeading();
    }
  }

  protected override onConflict(current: Subscription): void {
    if (!current.allowed_actions.cancel) {
      this.step = 'unavailable';
      return;
    }
    void this.#load(true);
  }

  #continue = async () => {
    this.error = undefined;
    this.step = this.offer ? 'offer' : 'confirm';
    await this.focusHeading();
  };

  #decline = async () => {
    this.error = undefined;
    this.step = 'confirm';
    await this.focusHeading();
  };

  #accept = async () => {
    const reason = this.reason;
    const offer = this.offer;
    if (!reason || !offer) return;
    const result = await this.act('accept', (store, sub) =>
      store.mutate(
        (signal) => store.client.call('post', '/v1/subscriptions/{id}/accept-offer', { params: { id: sub.id }, body: { reason, version: sub.version }, signal }),
        { affects: ['subscriptions'] },
      ),
    );
    if (!result) return;
    const { accepted_offer: accepted, ...subscription } = result;
    const t = this.t;
    const name = subscriptionName(subscription);
    const applied = accepted.offer;
    const message =
      applied.type === 'coupon'
        ? t.term('subscriptions.offer.accepted.coupon', applied.coupon.name, name)
        : applied.type === 'pause'
          ? t.term('subscriptions.offer.accepted.pause', name, t.date(applied.resumes_at))
          : t.term('subscriptions.offer.accepted.switch', applied.price.nickname ?? name);
    emit(this.host, 'portal-retention-offer-accepted', { subscription });
    if (applied.type === 'pause') emit(this.host, 'portal-subscription-paused', { subscription });
    else emit(this.host, 'portal-subscription-updated', { subscription });
    this.finish(subscription, message);
  };

  #cancel = async () => {
    const extra = {
      ...(this.reason && this.reasons.includes(this.reason) ? { reason: this.reason } : {}),
      ...(this.comment.trim() && this.reasons.length > 0 ? { comment: this.comment.trim() } : {}),
    };
    const result = await this.act('cancel', (store, sub) =>
      store.mutate(
        (signal) => store.client.call('post', '/v1/subscriptions/{id}/cancel', { params: { id: sub.id }, body: { ...extra, version: sub.version }, signal }),
        { affects: ['subscriptions'] },
      ),
    );
    if (!result) return;
    const { proration_credit: credit, ...subscription } = result;
    const t = this.t;
    const name = subscriptionName(subscription);
    let message =
      subscription.status === 'canceled'
        ? t.term('subscriptions.canceled.now', name)
        : t.term('subscriptions.canceled.atPeriodEnd', name, t.date(subscription.cancel_at ?? subscription.current_period_end));
    if (credit) message += ` ${t.term('subscriptions.canceled.credit', t.money(credit.amount, credit.currency))}`;
    emit(this.host, 'portal-subscription-canceled', { subscription });
    this.finish(subscription, message);
  };

  protected renderContent(sub: Subscription) {
    const t = this.t;
    const name = subscriptionName(sub);
    switch (this.step) {
      case 'loading':
        return html`<h2 id="${this.id}-title" tabindex="-1">${t.term('subscriptions.cancel.title', name)}</h2>
          <p class="loading" aria-busy="true">${t.term('subscriptions.cancel.loading')}</p>`;
      case 'load-error':
        return html`<h2 id="${this.id}-title" tabindex="-1">${t.term('subscriptions.cancel.title', name)}</h2>
          ${this.renderError()}
          <div class="dialog-actions">
            <button type="button" class="primary" part="button primary" @click=${() => void this.#load()}>${t.term('action.retry')}</button>
            <button type="button" class="secondary" part="button secondary" @click=${() => this.close()}>${t.term('subscriptions.dialog.close')}</button>
          </div>`;
      case 'unavailable':
        return html`<h2 id="${this.id}-title" tabindex="-1">${t.term('subscriptions.cancel.unavailable')}</h2>
          ${this.renderError()}
          <div class="dialog-actions">
            <button type="button" class="primary" part="button primary" @click=${() => this.close()}>${t.term('subscriptions.dialog.close')}</button>
          </div>`;
      case 'reason':
        return this.#renderReason(name);
      case 'offer':
        return this.#renderOffer(sub);
      case 'confirm':
        return this.#renderConfirm(sub, name);
    }
  }

  #renderReason(name: string) {
    const t = this.t;
    const max = this.options?.comment_max_length ?? 500;
    return html`<h2 id="${this.id}-title" tabindex="-1">${t.term('subscriptions.cancel.title', name)}</h2>
      <form class="flow-form" @submit=${(e: Event) => (e.preventDefault(), void this.#continue())}>
        <fieldset class="choices">
          <legend>${t.term('subscriptions.cancel.why')}</legend>
          ${this.reasons.map(
            (reason) => html`<label class="choice">
              <input
                type="radio"
                name="reason"
                .value=${reason}
                .checked=${live(this.reason === reason)}
                @change=${() => {
                  this.reason = reason;
                  this.host.requestUpdate();
                }}
              />
              <span>${t.term(`subscriptions.reason.${reason}` as const)}</span>
            </label>`,
          )}
        </fieldset>
        <label class="field">
          <span>${t.term('subscriptions.cancel.comment')}</span>
          <textarea
            name="comment"
            rows="3"
            maxlength=${max}
            .value=${live(this.comment)}
            @input=${(e: Event) => (this.comment = (e.target as HTMLTextAreaElement).value)}
          ></textarea>
        </label>
        <div class="dialog-actions">
          <button type="submit" class="primary" part="button primary" data-action="continue">${t.term('subscriptions.cancel.continue')}</button>
          <button type="button" class="secondary" part="button secondary" @click=${() => this.close()}>${t.term('subscriptions.cancel.keep')}</button>
        </div>
      </form>`;
  }

  #renderOffer(sub: Subscription) {
    const t = this.t;
    const offer = this.offer!;
    const saving = t.money(offer.saving.amount, offer.saving.currency);
    let title: string;
    let body: string;
    if (offer.type === 'coupon') {
      title = t.term('subscriptions.offer.coupon.title', offer.coupon.name);
      body = offer.ends_at
        ? t.term('subscriptions.offer.coupon.until', saving, t.date(offer.ends_at))
        : t.term('subscriptions.offer.coupon.forever', saving);
    } else if (offer.type === 'pause') {
      title = t.term('subscriptions.offer.pause.title', offer.months);
      body = t.term('subscriptions.offer.pause.body', t.date(offer.resumes_at), saving);
    } else {
      const target = offer.price;
      title = t.term('subscriptions.offer.switch.title', target.nickname ?? sub.product.name);
      body = t.term(
        'subscriptions.offer.switch.body',
        t.money(target.unit_amount * offer.quantity, target.currency),
        t.money(sub.price.unit_amount * sub.quantity, sub.price.currency),
        t.term(`subscriptions.interval.${target.interval}` as const),
        saving,
      );
    }
    return html`<h2 id="${this.id}-title" tabindex="-1">${title}</h2>
      <div class="offer" part="offer">
        <p class="saving">${t.term('subscriptions.offer.saving', saving)}</p>
        <p>${body}</p>
      </div>
      ${this.renderError()}
      <div class="dialog-actions">
        ${this.actionButton('accept', t.term('subscriptions.offer.accept'), t.term('subscriptions.offer.accepting'), this.#accept)}
        <button type="button" class="secondary" part="button secondary" data-action="decline" aria-disabled=${this.busy ? 'true' : 'false'} @click=${() => !this.busy && void this.#decline()}>
          ${t.term('subscriptions.offer.decline')}
        </button>
      </div>`;
  }

  #renderConfirm(sub: Subscription, name: string) {
    const t = this.t;
    const options = this.options;
    const immediately = options?.mode === 'immediately';
    const when = options?.effective_at ?? sub.current_period_end;
    return html`<h2 id="${this.id}-title" tabindex="-1">${t.term('subscriptions.confirm.title', name)}</h2>
      <div class="what-happens">
        ${immediately
          ? html`<p>${t.term('subscriptions.confirm.now')}</p>
              <p>
                ${options?.refund
                  ? t.term('subscriptions.confirm.refund', t.money(options.refund.amount, options.refund.currency))
                  : t.term('subscriptions.confirm.noRefund')}
              </p>`
          : html`<p>${t.term('subscriptions.confirm.atPeriodEnd', t.date(when))}</p>
              <p>${t.term('subscriptions.confirm.undo')}</p>`}
      </div>
      ${this.renderError()}
      <div class="dialog-actions">
        ${sub.allowed_actions.cancel
          ? this.actionButton('cancel', t.term('subscriptions.confirm.submit'), t.term('subscriptions.confirm.submitting'), this.#cancel, 'danger')
          : nothing}
        <button type="button" class="secondary" part="button secondary" @click=${() => this.close()}>${t.term('subscriptions.cancel.keep')}</button>
      </div>`;
  }
}
