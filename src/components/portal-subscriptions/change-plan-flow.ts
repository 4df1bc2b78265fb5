/**
 * The change-plan flow: pick a plan (at most 10 products, a monthly/yearly switch, the
 * current plan marked, prices that cannot be chosen shown with the reason), the
 * quantity within the configured range, a promotion code when allowed → the server's
 * preview (due today with its proration lines, the next invoice, a plain warning when
 * the change ends a trial) → confirm, charged exactly as previewed.
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { emit } from '../../events.js';
import { PortalError } from '../../state/errors.js';
import { DialogFlow } from './dialog-flow.js';
import {
  errorText,
  subscriptionName,
  type FlowContext,
  type FlowHost,
  type Plan,
  type PlanList,
  type Price,
  type Subscription,
  type UpdatePreview,
} from './shared.js';

type Step = 'loading' | 'load-error' | 'choose' | 'preview' | 'unavailable';
type Field = 'price' | 'quantity' | 'promotion_code';

export interface ChangeRequest {
  price?: string;
  quantity?: number;
}

export class ChangePlanFlow extends DialogFlow {
  step: Step = 'loading';
  plans?: PlanList;
  interval: Price['interval'] | 'all' = 'all';
  priceId = '';
  quantity = 1;
  promotionCode = '';
  preview?: UpdatePreview;
  /** A problem with one field (from the server's `param`), shown next to it. */
  fieldError?: { field: Field; message: string };
  #initial?: ChangeRequest;

  constructor(host: FlowHost, ctx: FlowContext) {
    super(host, ctx, 'change-dialog');
  }

  /** Opens the plan picker for `sub`; with `initial`, goes straight to the preview of that change. */
  async open(sub: Subscription, opener: HTMLElement | null, deepLink = false, initial?: ChangeRequest): Promise<void> {
    this.reset();
    this.#initial = initial;
    await this.show(sub, opener, deepLink);
    await this.#load();
  }

  protected reset(): void {
    this.step = 'loading';
    this.preview = undefined;
    this.fieldError = undefined;
    this.promotionCode = '';
    this.#initial = undefined;
  }

  async #load(): Promise<void> {
    const store = this.ctx.store();
    const sub = this.sub;
    if (!store || !sub) return;
    this.step = 'loading';
    this.error = undefined;
    this.host.requestUpdate();
    const plans = store.plans;
    if (plans.state.status !== 'ready') await plans.load();
    if (this.sub?.id !== sub.id) return;
    const state = plans.state;
    if (!state.data) {
      this.step = 'load-error';
      this.error = errorText(this.t, state.error);
      await this.focusHeading();
      return;
    }
    this.plans = state.data;
    this.priceId = this.#initial?.price ?? sub.price.id;
    const chosen = this.#findPrice(this.priceId)?.price ?? sub.price;
    this.interval = this.intervals.includes(chosen.interval) ? chosen.interval : 'all';
    this.quantity = this.#initial?.quantity ?? sub.quantity;
    this.step = 'choose';
    if (this.#initial) {
      this.#initial = undefined;
      await this.#preview();
      if (this.step === 'choose') await this.focusHeading();
    } else {
      await this.focusHeading();
    }
  }

  /** The intervals to switch between (monthly/yearly), when the plans have more than one. */
  get intervals(): Price['interval'][] {
    const all = new Set((this.plans?.data ?? []).flatMap((plan) => plan.prices.map((price) => price.interval)));
    return all.size > 1 ? (['day', 'week', 'month', 'year'] as const).filter((i) => all.has(i)) : [];
  }

  get allowed(): PlanList['allowed_updates'] {
    return this.plans?.allowed_updates ?? [];
  }

  #findPrice(id: string): { plan: Plan; price: Price } | undefined {
    for (const plan of this.plans?.data ?? []) {
      const price = plan.prices.find((p) => p.id === id);
      if (price) return { plan, price };
    }
    return undefined;
  }

  /** Why a price cannot be chosen for this subscription, or undefined when it can. */
  #unavailable(price: Price, sub: Subscription): string | undefined {
    const t = this.t;
    if (price.id === sub.price.id) return undefined;
    if (!this.allowed.includes('price')) return t.term('subscriptions.change.priceLocked');
    if (price.tax_behavior !== sub.price.tax_behavior) {
      if (price.tax_behavior === 'inclusive') return t.term('subscriptions.change.taxInclusive');
      return price.tax_behavior === 'exclusive' ? t.term('subscriptions.change.taxExclusive') : t.term('subscriptions.change.taxOther');
    }
    if (price.currency !== sub.price.currency) {
      return t.term('subscriptions.change.currencyMismatch', price.currency.toUpperCase(), sub.price.currency.toUpperCase());
    }
    return undefined;
  }

  /** The quantity range of the chosen plan, when its quantity can be changed here. */
  get quantityRange(): { min: number; max: number } | undefined {
    const found = this.#findPrice(this.priceId);
    const adjustable = found?.plan.adjustable_quantity;
    if (!adjustable?.enabled || !this.allowed.includes('quantity')) return undefined;
    return { min: Math.max(1, adjustable.minimum), max: adjustable.maximum ?? 10_000 };
  }

  /** What the customer asked for, as the API's request fields. */
  #request(sub: Subscription): { price?: string; quantity?: number; promotion_code?: string } {
    const range = this.quantityRange;
    const priceChanging = this.priceId !== sub.price.id;
    const quantity = range ? this.quantity : 1;
    const request: { price?: string; quantity?: number; promotion_code?: string } = {};
    if (priceChanging) request.price = this.priceId;
    if (quantity !== sub.quantity || (priceChanging && range)) request.quantity = quantity;
    const code = this.promotionCode.trim();
    if (code && this.allowed.includes('promotion_code')) request.promotion_code = code;
    return request;
  }

  #setFieldError(error: unknown): boolean {
    if (error instanceof PortalError && error.kind === 'validation') {
      const param = error.details.param;
      if (param === 'price' || param === 'quantity' || param === 'promotion_code') {
        this.fieldError = { field: param, message: error.message };
        return true;
      }
    }
    return false;
  }

  #preview = async () => {
    const sub = this.sub;
    if (!sub || this.busy) return;
    this.fieldError = undefined;
    const range = this.quantityRange;
    if (range && (!Number.isInteger(this.quantity) || this.quantity < range.min || this.quantity > range.max)) {
      this.fieldError = { field: 'quantity', message: this.t.term('subscriptions.change.quantityRange', range.min, range.max) };
      this.host.requestUpdate();
      return;
    }
    const request = this.#request(sub);
    if (Object.keys(request).length === 0) {
      this.error = this.t.term('subscriptions.change.nothing');
      this.host.requestUpdate();
      return;
    }
    let failure: unknown;
    const preview = await this.act('preview', async (store, current) => {
      try {
        return await store.client.call('post', '/v1/subscriptions/{id}/preview-update', { params: { id: current.id }, body: request });
      } catch (error) {
        failure = error;
        throw error;
      }
    });
    if (!preview) {
      if (this.#setFieldError(failure)) {
        this.error = undefined;
        this.host.requestUpdate();
      }
      return;
    }
    this.preview = preview;
    this.step = 'preview';
    await this.focusHeading();
  };

  #confirm = async () => {
    const preview = this.preview;
    const sub = this.sub;
    if (!preview || !sub) return;
    const request = this.#request(sub);
    const result = await this.act('confirm', (store, current) =>
      store.mutate(
        (signal) =>
          store.client.call('post', '/v1/subscriptions/{id}/update', {
            params: { id: current.id },
            body: { ...request, proration_date: preview.proration_date, version: current.version },
            signal,
          }),
        { affects: ['subscriptions', 'invoices'] },
      ),
    );
    if (!result) return;
    const { invoice, ...subscription } = result;
    const t = this.t;
    let message = t.term('subscriptions.changed', subscriptionName(subscription), subscription.quantity);
    if (invoice) message += ` ${t.term('subscriptions.changed.charged', t.money(invoice.total, invoice.currency), invoice.number)}`;
    emit(this.host, 'portal-subscription-updated', { subscription });
    this.finish(subscription, message);
  };

  protected override onConflict(current: Subscription): void {
    // The preview was for the old state: choose again from what the subscription is now —
    // unless it can no longer change plan (canceled in another tab, say): then say so.
    this.preview = undefined;
    this.step = current.allowed_actions.update ? 'choose' : 'unavailable';
    if (this.step === 'unavailable') void this.focusHeading();
  }

  #back = async () => {
    if (this.busy) return;
    this.step = 'choose';
    this.preview = undefined;
    this.error = undefined;
    await this.focusHeading();
  };

  #step(by: number) {
    const range = this.quantityRange;
    if (!range) return;
    const next = Math.min(range.max, Math.max(range.min, (Number.isInteger(this.quantity) ? this.quantity : range.min) + by));
    this.quantity = next;
    this.fieldError = this.fieldError?.field === 'quantity' ? undefined : this.fieldError;
    this.host.requestUpdate();
  }

  protected renderContent(sub: Subscription) {
    const t = this.t;
    const title = html`<h2 id="${this.id}-title" tabindex="-1">${t.term('subscriptions.change.title', subscriptionName(sub))}</h2>`;
    switch (this.step) {
      case 'loading':
        return html`${title}<p class="loading" aria-busy="true">${t.term('subscriptions.change.loading')}</p>`;
      case 'unavailable':
        return html`${title}
          <p>${t.term('subscriptions.link.cannotChange', subscriptionName(sub))}</p>
          ${this.renderError()}
          <div class="dialog-actions">
            <button type="button" class="primary" part="button primary" @click=${() => this.close()}>${t.term('subscriptions.dialog.close')}</button>
          </div>`;
      case 'load-error':
        return html`${title}${this.renderError()}
          <div class="dialog-actions">
            <button type="button" class="primary" part="button primary" @click=${() => void this.#load()}>${t.term('action.retry')}</button>
            <button type="button" class="secondary" part="button secondary" @click=${() => this.close()}>${t.term('subscriptions.dialog.close')}</button>
          </div>`;
      case 'choose':
        return html`${title}${this.#renderChoose(sub)}`;
      case 'preview':
        return this.#renderPreview(sub, this.preview!);
    }
  }

  #renderChoose(sub: Subscription) {
    const t = this.t;
    const intervals = this.intervals;
    const plans = this.plans?.data ?? [];
    const range = this.quantityRange;
    const fieldError = (field: Field) =>
      this.fieldError?.field === field ? html`<span id="${field}-error" class="hint invalid">${this.fieldError.message}</span>` : nothing;
    return html`<form class="flow-form" novalidate @submit=${(e: Event) => (e.preventDefault(), void this.#preview())}>
      ${intervals.length > 1
        ? html`<fieldset class="segmented" part="interval-switch">
            <legend>${t.term('subscriptions.change.interval')}</legend>
            ${intervals.map(
              (interval) => html`<label>
                <input
                  type="radio"
                  name="interval"
                  .checked=${live(this.interval === interval)}
                  @change=${() => {
                    this.interval = interval;
                    this.host.requestUpdate();
                  }}
                />
                <span>${t.term(`subscriptions.intervally.${interval}` as const)}</span>
              </label>`,
            )}
          </fieldset>`
        : nothing}
      <fieldset class="choices plans" aria-describedby=${this.fieldError?.field === 'price' ? 'price-error' : nothing}>
        <legend>${t.term('subscriptions.change.plan')}</legend>
        ${plans.map((plan) =>
          plan.prices
            .filter((price) => this.interval === 'all' || price.interval === this.interval)
            .map((price) => this.#renderPrice(plan, price, sub)),
        )}
        ${fieldError('price')}
      </fieldset>
      ${range
        ? html`<div class="field">
            <label for="quantity">${t.term('subscriptions.change.quantity')}</label>
            <div class="stepper" part="stepper">
              <button
                type="button"
                class="step"
                aria-label=${t.term('subscriptions.change.decrease')}
                aria-disabled=${this.quantity <= range.min ? 'true' : 'false'}
                @click=${() => this.#step(-1)}
              >
                <span aria-hidden="true">−</span>
              </button>
              <input
                id="quantity"
                type="number"
                inputmode="numeric"
                min=${range.min}
                max=${range.max}
                step="1"
                .value=${live(String(this.quantity))}
                aria-invalid=${this.fieldError?.field === 'quantity' ? 'true' : 'false'}
                aria-describedby=${this.fieldError?.field === 'quantity' ? 'quantity-hint quantity-error' : 'quantity-hint'}
                @input=${(e: Event) => (this.quantity = Number((e.target as HTMLInputElement).value))}
                @change=${() => this.host.requestUpdate()}
              />
              <button
                type="button"
                class="step"
                aria-label=${t.term('subscriptions.change.increase')}
                aria-disabled=${this.quantity >= range.max ? 'true' : 'false'}
                @click=${() => this.#step(1)}
              >
                <span aria-hidden="true">+</span>
              </button>
            </div>
            <span id="quantity-hint" class="hint">${t.term('subscriptions.change.quantityRange', range.min, range.max)}</span>
            ${fieldError('quantity')}
          </div>`
        : nothing}
      ${this.allowed.includes('promotion_code')
        ? html`<div class="field">
            <label for="promotion-code">${t.term('subscriptions.change.promotionCode')}</label>
            <input
              id="promotion-code"
              type="text"
              autocomplete="off"
              autocapitalize="characters"
              maxlength="64"
              .value=${live(this.promotionCode)}
              aria-invalid=${this.fieldError?.field === 'promotion_code' ? 'true' : 'false'}
              aria-describedby=${this.fieldError?.field === 'promotion_code' ? 'promotion_code-error' : nothing}
              @input=${(e: Event) => (this.promotionCode = (e.target as HTMLInputElement).value)}
            />
            ${fieldError('promotion_code')}
          </div>`
        : nothing}
      ${this.renderError()}
      <div class="dialog-actions">
        ${this.actionButton('preview', t.term('subscriptions.change.review'), t.term('subscriptions.change.reviewing'), 'submit')}
        <button type="button" class="secondary" part="button secondary" @click=${() => this.close()}>${t.term('subscriptions.dialog.cancel')}</button>
      </div>
    </form>`;
  }

  #renderPrice(plan: Plan, price: Price, sub: Subscription) {
    const t = this.t;
    const why = this.#unavailable(price, sub);
    const current = price.id === sub.price.id;
    const perUnit = plan.adjustable_quantity.enabled;
    const amount = t.money(price.unit_amount, price.currency);
    const every = t.term(`subscriptions.interval.${price.interval}` as const);
    const hintId = `price-${price.id}-why`;
    return html`<label class="choice plan" ?data-disabled=${Boolean(why)} ?data-current=${current}>
      <input
        type="radio"
        name="price"
        .value=${price.id}
        ?disabled=${Boolean(why)}
        .checked=${live(this.priceId === price.id)}
        aria-describedby=${why ? hintId : nothing}
        @change=${() => {
          this.priceId = price.id;
          if (this.fieldError?.field === 'price') this.fieldError = undefined;
          const range = this.quantityRange;
          if (range) this.quantity = Math.min(range.max, Math.max(range.min, this.quantity));
          this.host.requestUpdate();
        }}
      />
      <span class="plan-text">
        <span class="plan-name">
          <strong>${plan.product.name}</strong>
          ${price.nickname ? html`<span class="muted">${price.nickname}</span>` : nothing}
          ${current ? html`<span class="badge current" part="current">${t.term('subscriptions.change.current')}</span>` : nothing}
        </span>
        <span class="plan-price">
          ${perUnit ? t.term('subscriptions.pricePerUnit', amount, every) : t.term('subscriptions.price', amount, every)}
        </span>
        ${plan.product.description ? html`<span class="muted">${plan.product.description}</span>` : nothing}
        ${why ? html`<span id=${hintId} class="why">${why}</span>` : nothing}
      </span>
    </label>`;
  }

  #renderPreview(sub: Subscription, preview: UpdatePreview) {
    const t = this.t;
    const money = (amount: number) => t.money(amount, preview.currency);
    const target = preview.price.nickname ?? sub.product.name;
    return html`<h2 id="${this.id}-title" tabindex="-1">${t.term('subscriptions.preview.title')}</h2>
      <p class="summary">${t.term('subscriptions.preview.summary', subscriptionName(sub), sub.quantity, target, preview.quantity)}</p>
      ${preview.ends_trial
        ? html`<p class="warning" part="trial-warning"><strong>${t.term('subscriptions.preview.trialTitle')}</strong> ${t.term('subscriptions.preview.trial', money(preview.amount_due_now))}</p>`
        : nothing}
      ${preview.new_period && !preview.ends_trial
        ? html`<p>${t.term('subscriptions.preview.newPeriod', t.date(preview.new_period.end))}</p>`
        : nothing}
      <table class="preview" part="preview">
        <caption class="visually-hidden">${t.term('subscriptions.preview.caption')}</caption>
        <tbody>
          ${preview.proration_lines.map(
            (line) => html`<tr>
              <th scope="row">${line.description}</th>
              <td>${money(line.amount)}</td>
            </tr>`,
          )}
          ${preview.discount && preview.discount.amount_off_now > 0
            ? html`<tr>
                <th scope="row">${t.term('subscriptions.preview.discount', preview.discount.coupon.name)}</th>
                <td>${money(-preview.discount.amount_off_now)}</td>
              </tr>`
            : nothing}
        </tbody>
        <tfoot>
          <tr class="total">
            <th scope="row">${t.term('subscriptions.preview.dueToday')}</th>
            <td data-total="due">${money(preview.amount_due_now)}</td>
          </tr>
          <tr>
            <th scope="row">${t.term('subscriptions.preview.next', t.date(preview.next_invoice.date))}</th>
            <td data-total="next">${money(preview.next_invoice.amount)}</td>
          </tr>
        </tfoot>
      </table>
      ${preview.discount && preview.discount.amount_off_next_invoice > 0
        ? html`<p class="muted">${t.term('subscriptions.preview.discountNext', preview.discount.coupon.name, money(preview.discount.amount_off_next_invoice))}</p>`
        : nothing}
      ${this.renderError()}
      <div class="dialog-actions">
        ${this.actionButton('confirm', t.term('subscriptions.preview.confirm'), t.term('subscriptions.preview.confirming'), () => void this.#confirm())}
        <button
          type="button"
          class="secondary"
          part="button secondary"
          data-action="back"
          aria-disabled=${this.busy ? 'true' : 'false'}
          @click=${() => void this.#back()}
        >
          ${t.term('subscriptions.preview.back')}
        </button>
      </div>`;
  }
}
