import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { repeat } from 'lit/directives/repeat.js';
import { emit } from '../../events.js';
import { LocalizeController, type ElementStrings } from '../../i18n/localize.js';
import subscriptions from '../../i18n/en/subscriptions.js';
import type { PortalError } from '../../state/errors.js';
import { ResourceController } from '../../state/resource-controller.js';
import type { ResourceState } from '../../state/resource.js';
import { sessionContext } from '../../state/session-context.js';
import type { Bootstrap, PortalStore } from '../../state/store.js';
import { returnOrigins, safeHttpUrl } from '../../state/urls.js';
import { adoptLater } from '../../themes/adopt-later.js';
import { lazyChunk } from '../lazy-chunk.js';
import { controls } from '../../themes/controls.js';
import { skeleton } from '../../themes/skeleton.js';
import { tokens } from '../../themes/tokens.js';
import type { ChangeRequest } from './change-plan-flow.js';
import { styles } from './portal-subscriptions.styles.js';
import {
  conflictSubscription,
  errorText,
  subscriptionName,
  type FlowContext,
  type Subscription,
  type SubscriptionList,
} from './shared.js';

/** A flow to open at once: from the element's attributes or the session's deep link. */
interface DeepLink {
  type: 'cancel' | 'update' | 'update-confirm';
  subscription: string;
  change?: ChangeRequest;
  /** What to do once done, for a session's flow. */
  redirect?: string;
}

/** Sessions whose deep-link flow an element has already opened (one dialog per session). */
const sessionFlowsOpened = new WeakSet<PortalStore>();

type SessionFlow = NonNullable<Bootstrap['flow']>;

/** The flows' chunk (flows.ts): asked for once, when a customer first heads for an action. */
type FlowsModule = typeof import('./flows.js');
const flowsChunk = lazyChunk(() => import('./flows.js'));
/** The flows' dialogs: rendered (closed, empty) from the start; a flow fills its own once loaded. */
const DIALOGS = [
  ['cancel-dialog', 'cancel'],
  ['change-dialog', 'change'],
  ['pause-dialog', 'pause'],
] as const;
/** An element's flows, built on first use. */
interface Flows {
  cancel: InstanceType<FlowsModule['CancelFlow']>;
  change: InstanceType<FlowsModule['ChangePlanFlow']>;
  pause: InstanceType<FlowsModule['PauseFlow']>;
}

/**
 * The customer's subscriptions, each told apart at a glance — product and price,
 * amount per interval in the price's currency, quantity, a status badge, the renewal /
 * trial-end / cancellation date, the payment method — with only the actions the
 * configuration and the subscription's state allow: cancel (with reasons and retention
 * offers, in at most three steps), undo a scheduled cancellation, change plan or
 * quantity (with the server's preview), pause and resume.
 *
 * Deep links: `subscription="sub_…"` shows that subscription only; with
 * `flow="cancel" | "update" | "update-confirm"` it also opens that flow at once
 * (`update-confirm` previews the change given by `price` and/or `quantity`). A session
 * created with a flow opens it the same way.
 *
 * Every change carries the subscription's `version`; when the subscription changed
 * meanwhile, the element shows its current state and says so.
 *
 * @summary Subscriptions: cancel, change plan or seats, pause, resume.
 * @slot empty - What to show when there is nothing to list (the kit's own message otherwise).
 * @fires portal-subscription-canceled - Canceled now or at period end; `detail.subscription`.
 * @fires portal-subscription-updated - Plan, quantity or price changed (a plan change, or an accepted discount or cheaper-price offer); `detail.subscription`.
 * @fires portal-subscription-paused - Paused (also by accepting a pause offer); `detail.subscription`.
 * @fires portal-subscription-resumed - Resumed after a pause, or a scheduled cancellation undone; `detail.subscription`.
 * @fires portal-retention-offer-accepted - The customer took the offer instead of canceling; `detail.subscription`.
 * @fires portal-payment-method-update-requested - "Update payment method" on an on-hold or past-due subscription: a payment-method element opens its update for `detail.subscription` (cancelable: call `preventDefault()` when you handle it).
 * @csspart title - The heading.
 * @csspart list - The list of subscriptions.
 * @csspart subscription - One subscription's card.
 * @csspart name - A subscription's product name.
 * @csspart status - A subscription's status badge.
 * @csspart date - The renewal, trial, cancellation or pause date line.
 * @csspart notice - The on-hold / past-due notice.
 * @csspart actions - A subscription's action buttons.
 * @csspart button - Every button; also `primary`, `secondary` or `danger`.
 * @csspart dialog - The cancel, change-plan and pause dialogs.
 * @csspart dialog-close - A dialog's close button.
 * @csspart offer - The retention offer.
 * @csspart stepper - The quantity stepper.
 * @csspart interval-switch - The monthly / yearly switch.
 * @csspart current - The "Current plan" mark.
 * @csspart preview - The change preview table.
 * @csspart trial-warning - The warning that a change ends the trial.
 * @csspart message - The empty, signed-out or error message.
 * @csspart announcement - The visible outcome of the last action.
 * @cssprop [--portal-color-brand=#4f46e5] - Primary buttons, focus ring, selected choices.
 * @cssprop [--portal-color-brand-text] - Brand-coloured text (links) and the focus ring; defaults to the brand when it is readable on the surface, else the text colour.
 * @cssprop [--portal-color-on-danger] - Text on danger buttons; defaults to black or white, whichever contrasts with the danger colour.
 * @cssprop [--portal-color-on-brand=#ffffff] - Text on primary buttons.
 * @cssprop [--portal-color-danger=#b42318] - The cancel button and errors.
 * @cssprop [--portal-color-surface=#ffffff] - Cards and dialogs.
 * @cssprop [--portal-color-backdrop=rgb(15 17 21 / 0.45)] - Behind an open dialog.
 * @cssprop [--portal-subscriptions-card-bg=var(--portal-color-surface)] - A subscription card's background.
 * @cssprop [--portal-radius=8px] - Corner radius.
 */
export class PortalSubscriptions extends LitElement {
  static override styles = [tokens, skeleton, controls, styles];
  /** The string namespaces it shows, with their English (other languages load lazily). */
  static i18n: ElementStrings = { subscriptions, subscriptionFlows: null };

  @consume({ context: sessionContext, subscribe: true })
  @state()
  protected store?: PortalStore;

  /** Show only this subscription (its id, `sub_…`); with `flow`, the one the flow is for. */
  @property({ reflect: true }) subscription = '';

  /** Open this flow at once for `subscription`: `cancel`, `update` or `update-confirm`. */
  @property({ reflect: true }) flow: '' | 'cancel' | 'update' | 'update-confirm' = '';

  /** For `flow="update-confirm"`: the price to change to. */
  @property() price = '';

  /** For `flow="update-confirm"`: the quantity to change to. */
  @property({ type: Number }) quantity?: number;

  /** The outcome of the last action, shown and announced. */
  @state() private announcement = '';
  /** Per subscription: the action running now. */
  @state() private running: Record<string, string> = {};
  /** Per subscription: what went wrong with its last action. */
  @state() private problems: Record<string, string> = {};
  /** A deep link that could not be opened, and why. */
  @state() private linkProblem = '';
  /** `<subscription> <action>` whose flow's code is loading (its button is busy meanwhile). */
  @state() private loadingFlow = '';

  readonly #i18n = new LocalizeController(this, () => this.store?.locale);
  readonly #list = new ResourceController<ResourceState<SubscriptionList>>(this, () => this.store?.subscriptions);
  readonly #bootstrap = new ResourceController<ResourceState<Bootstrap>>(this, () => this.store?.bootstrap);

  readonly #ctx: FlowContext = {
    store: () => this.store,
    i18n: this.#i18n,
    replace: (sub) => this.#replace(sub),
    announce: (message) => (this.announcement = message),
    focusCard: (id) => this.#focusCard(id),
    completed: () => this.#completed(),
  };
  /** The dialogs' code, once loaded (see `#open`). */
  #flows?: Flows;
  /** The session whose deep link was handled. */
  #linked?: PortalStore;
  #link?: DeepLink;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('flow') || changed.has('subscription') || changed.has('price') || changed.has('quantity')) this.#linked = undefined;
    if ((changed as Map<PropertyKey, unknown>).has('store')) {
      this.announcement = '';
      this.problems = {};
      this.running = {};
      this.linkProblem = '';
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // After this update, not inside it: opening a flow updates the element again.
    if (this.store && this.#linked !== this.store) void Promise.resolve().then(() => this.#openDeepLink());
  }

  // ── Deep links ──────────────────────────────────────────────────────────────

  #deepLink(store: PortalStore): DeepLink | undefined | 'wait' {
    if (this.flow && this.subscription) {
      const change: ChangeRequest = {};
      if (this.price) change.price = this.price;
      if (this.quantity !== undefined && Number.isInteger(this.quantity)) change.quantity = this.quantity;
      return { type: this.flow, subscription: this.subscription, change };
    }
    const boot = store.bootstrap.state;
    if (boot.status === 'idle' || boot.status === 'loading') return 'wait';
    const flow = boot.data?.flow as SessionFlow | null | undefined;
    if (!flow || sessionFlowsOpened.has(store) || flow.type === 'payment_method_update') return undefined;
    if (this.subscription && this.subscription !== flow.subscription) return undefined;
    sessionFlowsOpened.add(store);
    const redirect = flow.after_completion?.type === 'redirect' ? flow.after_completion.redirect?.return_url : undefined;
    if (flow.type === 'subscription_cancel') return { type: 'cancel', subscription: flow.subscription, redirect };
    if (flow.type === 'subscription_update') return { type: 'update', subscription: flow.subscription, redirect };
    const item = flow.items[0]!;
    return { type: 'update-confirm', subscription: flow.subscription, change: { price: item.price, quantity: item.quantity }, redirect };
  }

  #openDeepLink(): void {
    const store = this.store;
    if (!store || this.#linked === store || this.#list.state?.status !== 'ready') return;
    const link = this.#deepLink(store);
    if (link === 'wait') return;
    this.#linked = store;
    this.#link = link;
    if (!link) return;
    const t = this.#i18n;
    const sub = this.#list.state.data?.data.find((s) => s.id === link.subscription);
    if (!sub) {
      this.linkProblem = t.term('subscriptions.notFound');
      return;
    }
    if (link.type === 'cancel') {
      if (sub.allowed_actions.cancel) void this.#open(sub, 'cancel', (flows) => flows.cancel.open(sub, null, true));
      else this.linkProblem = t.term('subscriptions.link.cannotCancel', subscriptionName(sub));
      return;
    }
    if (!sub.allowed_actions.update) {
      const blocked = sub.restrictions.update_blocked_reason;
      this.linkProblem =
        blocked && blocked !== 'canceled' ? t.term(`subscriptions.blocked.${blocked}` as const) : t.term('subscriptions.link.cannotChange', subscriptionName(sub));
      return;
    }
    const change = link.type === 'update-confirm' && (link.change?.price || link.change?.quantity) ? link.change : undefined;
    void this.#open(sub, 'update', (flows) => flows.change.open(sub, null, true, change));
  }

  /** A deep-linked flow is done: a session created with a redirect goes back there. */
  #completed(): void {
    const url = safeHttpUrl(this.#link?.redirect, returnOrigins(this.store));
    if (url) globalThis.location?.assign(url);
  }

  // ── Flows ───────────────────────────────────────────────────────────────────

  /**
   * Opens one of the flows (`action` is the button that asked). Their code loads on first
   * use, usually already on its way (fetched as the customer points at or focuses a card's actions); meanwhile that button is busy and
   * further presses are ignored; if it cannot load, the subscription's card says so.
   */
  async #open(sub: Subscription, action: string, run: (flows: Flows) => Promise<void>): Promise<void> {
    if (!this.#flows) {
      if (this.loadingFlow) return;
      this.loadingFlow = `${sub.id} ${action}`;
      try {
        const module = await flowsChunk.load();
        if (!this.#flows) {
          adoptLater(this, module.styles);
          this.#flows = {
            cancel: new module.CancelFlow(this, this.#ctx),
            change: new module.ChangePlanFlow(this, this.#ctx),
            pause: new module.PauseFlow(this, this.#ctx),
          };
        }
      } catch {
        this.problems = { ...this.problems, [sub.id]: this.#i18n.term('error.network') };
        return;
      } finally {
        this.loadingFlow = '';
      }
      if (this.problems[sub.id]) this.problems = { ...this.problems, [sub.id]: '' };
    }
    await run(this.#flows);
  }


  // ── Shared list ─────────────────────────────────────────────────────────────

  #replace(sub: Subscription): void {
    const store = this.store;
    if (!store) return;
    const resource = store.subscriptions;
    const list = resource.state.data;
    if (list) resource.put({ ...list, data: list.data.map((s) => (s.id === sub.id ? sub : s)) });
  }

  #focusCard(id: string): void {
    const card = [...this.renderRoot.querySelectorAll<HTMLElement>('[data-subscription]')].find((el) => el.dataset['subscription'] === id);
    card?.querySelector<HTMLElement>('h3')?.focus();
  }

  // ── Direct actions ──────────────────────────────────────────────────────────

  /** Undo a scheduled cancellation, or resume a pause: one request however often it is pressed. */
  async #direct(sub: Subscription, action: 'undo-cancel' | 'resume'): Promise<void> {
    const store = this.store;
    if (!store || this.running[sub.id]) return;
    const t = this.#i18n;
    if (!store.canMutate) {
      this.problems = { ...this.problems, [sub.id]: t.term('error.offline') };
      return;
    }
    this.running = { ...this.running, [sub.id]: action };
    this.problems = { ...this.problems, [sub.id]: '' };
    try {
      const path = action === 'undo-cancel' ? '/v1/subscriptions/{id}/undo-cancel' : '/v1/subscriptions/{id}/resume';
      const result = await store.mutate(
        (signal) => store.client.call('post', path, { params: { id: sub.id }, body: { version: sub.version }, signal }),
        { affects: ['subscriptions'] },
      );
      this.#replace(result);
      const name = subscriptionName(result);
      this.announcement =
        action === 'undo-cancel'
          ? t.term('subscriptions.undone', name, t.date(result.current_period_end))
          : t.term('subscriptions.resumed', name);
      emit(this, 'portal-subscription-resumed', { subscription: result });
    } catch (error) {
      const current = conflictSubscription(error);
      if (current) this.#replace(current);
      this.problems = { ...this.problems, [sub.id]: current ? t.term('subscriptions.conflict') : errorText(t, error) };
    } finally {
      const { [sub.id]: _, ...rest } = this.running;
      this.running = rest;
      await this.updateComplete;
      const button = this.renderRoot.querySelector<HTMLElement>(`[data-subscription="${CSS.escape(sub.id)}"] [data-action="${action}"]`);
      if (button) button.focus();
      else this.#focusCard(sub.id);
    }
  }

  #requestPaymentMethodUpdate(sub: Subscription): void {
    emit(this, 'portal-payment-method-update-requested', { subscription: sub }, true);
  }

  // ── Rendering ───────────────────────────────────────────────────────────────

  protected override render() {
    const t = this.#i18n;
    const state = this.#list.state;
    return html`
      <section aria-labelledby="title">
        <h2 id="title" part="title">${t.term('subscriptions.title')}</h2>
        <div role="status" class="announcement" part="announcement">
          ${this.announcement ? html`<p class="notice success">${this.announcement}</p>` : nothing}
        </div>
        ${this.linkProblem ? html`<p class="notice warning" role="alert">${this.linkProblem}</p>` : nothing}
        ${state ? this.#renderState(state) : html`<p part="message" class="message">${t.term('subscriptions.signedOut')}</p>`}
      </section>
      ${DIALOGS.map(([id, flow]) => html`<dialog id=${id} part="dialog" aria-labelledby="${id}-title" @close=${() => this.#flows?.[flow].closed()}>
        ${this.#flows?.[flow].render() ?? nothing}
      </dialog>`)}
    `;
  }

  #renderState(state: ResourceState<SubscriptionList>) {
    const t = this.#i18n;
    if (state.status === 'idle' || state.status === 'loading') {
      return html`<div class="skeleton" aria-busy="true">
        <span class="visually-hidden">${t.term('subscriptions.loading')}</span>
        ${[0, 1].map(() => html`<div class="bone" aria-hidden="true"></div>`)}
      </div>`;
    }
    if (!state.data) return this.#renderError(state.error);
    let subs = state.data.data;
    if (this.subscription) subs = subs.filter((s) => s.id === this.subscription);
    if (subs.length === 0) {
      return this.subscription
        ? html`<p part="message" class="message">${t.term('subscriptions.notFound')}</p>`
        : html`<slot name="empty"><p part="message" class="message">${t.term('subscriptions.empty')}</p></slot>`;
    }
    // Running subscriptions first, then the ended ones; newest first within each.
    const ordered = [...subs.filter((s) => s.status !== 'canceled'), ...subs.filter((s) => s.status === 'canceled')];
    return html`
      ${state.error ? this.#renderError(state.error) : nothing}
      <ul class="list" part="list" role="list">
        ${repeat(ordered, (s) => s.id, (s) => this.#renderCard(s))}
      </ul>
    `;
  }

  #renderError(error: PortalError | undefined) {
    const t = this.#i18n;
    const canRetry = error?.kind !== 'expired' && error?.kind !== 'unauthenticated';
    return html`<div part="message" class="message error" role="alert">
      <span>${t.errorMessage(error)}</span>
      ${canRetry
        ? html`<button part="button retry" type="button" class="secondary" @click=${() => void this.store?.subscriptions.load()}>
            ${t.term('action.retry')}
          </button>`
        : nothing}
    </div>`;
  }

  #status(sub: Subscription): { key: string; label: string } {
    const t = this.#i18n;
    if (sub.cancel_at_period_end && sub.status !== 'canceled') return { key: 'canceling', label: t.term('subscriptions.status.canceling') };
    return { key: sub.status, label: t.term(`subscriptions.status.${sub.status}` as const) };
  }

  #dateLine(sub: Subscription): string {
    const t = this.#i18n;
    const d = (iso: string) => t.date(iso);
    if (sub.status === 'canceled') return t.term('subscriptions.date.canceled', d(sub.ended_at ?? sub.canceled_at ?? sub.current_period_end));
    if (sub.cancel_at_period_end) return t.term('subscriptions.date.cancels', d(sub.cancel_at ?? sub.current_period_end));
    if (sub.status === 'paused') {
      return sub.pause?.resumes_at ? t.term('subscriptions.date.pausedUntil', d(sub.pause.resumes_at)) : t.term('subscriptions.date.pausedIndefinitely');
    }
    if (sub.status === 'trialing' && sub.trial_end) return t.term('subscriptions.date.trialEnds', d(sub.trial_end));
    if (sub.status === 'on_hold') return t.term('subscriptions.date.onHold', d(sub.current_period_start));
    if (sub.status === 'past_due') return t.term('subscriptions.date.pastDue', d(sub.current_period_start));
    return t.term('subscriptions.date.renews', d(sub.current_period_end));
  }

  #every(sub: Pick<Subscription, 'price'>): string {
    const t = this.#i18n;
    const { interval, interval_count: count } = sub.price;
    return count === 1 ? t.term(`subscriptions.interval.${interval}` as const) : t.term(`subscriptions.intervals.${interval}` as const, count);
  }

  #paymentMethod(sub: Subscription): string {
    const t = this.#i18n;
    const pm = sub.payment_method;
    if (!pm) return t.term('subscriptions.pm.none');
    let text: string;
    if (pm.type === 'card') {
      const brand = pm.brand ? (BRANDS[pm.brand] ?? pm.brand.charAt(0).toUpperCase() + pm.brand.slice(1)) : t.term('subscriptions.pm.card');
      text = pm.last4 ? t.term('subscriptions.pm.endingIn', brand, pm.last4) : brand;
      if (pm.exp_year !== null && pm.exp_month !== null) {
        const now = new Date();
        const expired = pm.exp_year < now.getFullYear() || (pm.exp_year === now.getFullYear() && pm.exp_month < now.getMonth() + 1);
        if (expired) text = t.term('subscriptions.pm.expired', text);
      }
    } else if (pm.email) {
      text = t.term('subscriptions.pm.wallet', pm.type === 'paypal' ? 'PayPal' : pm.type, pm.email);
    } else {
      const bank = pm.bank_name ?? t.term('subscriptions.pm.bank');
      text = pm.last4 ? t.term('subscriptions.pm.endingIn', bank, pm.last4) : bank;
    }
    return text;
  }

  #renderCard(sub: Subscription) {
    const t = this.#i18n;
    const status = this.#status(sub);
    const name = subscriptionName(sub);
    const total = t.money(sub.price.unit_amount * sub.quantity, sub.price.currency);
    const canMutate = this.store?.canMutate ?? false;
    const problem = this.problems[sub.id];
    const features = this.#bootstrap.state?.data?.features;
    const blocked = sub.restrictions.update_blocked_reason;
    const a = sub.allowed_actions;
    const titleId = `sub-${sub.id}-name`;
    const owing = (sub.status === 'on_hold' || sub.status === 'past_due') && sub.outstanding;
    const discount = sub.discount;
    return html`<li class="card" part="subscription" data-subscription=${sub.id} data-status=${status.key}>
      <article aria-labelledby=${titleId}>
        <div class="card-head">
          <h3 id=${titleId} part="name" tabindex="-1">${sub.product.name}</h3>
          <span class="badge" part="status" data-status=${status.key}>${status.label}</span>
        </div>
        <p class="plan-line">
          ${sub.price.nickname && sub.price.nickname !== sub.product.name ? html`<span class="nickname">${sub.price.nickname}</span>` : nothing}
          <span class="amount">${t.term('subscriptions.price', total, this.#every(sub))}</span>
          ${sub.quantity > 1 ? html`<span class="muted">${t.term('subscriptions.unitBreakdown', sub.quantity, t.money(sub.price.unit_amount, sub.price.currency))}</span>` : nothing}
        </p>
        <p class="date" part="date">${this.#dateLine(sub)}</p>
        <dl class="facts">
          <div>
            <dt>${t.term('subscriptions.quantity')}</dt>
            <dd>${sub.quantity}</dd>
          </div>
          <div>
            <dt>${t.term('subscriptions.paymentMethod')}</dt>
            <dd>${this.#paymentMethod(sub)}</dd>
          </div>
          ${discount
            ? html`<div>
                <dt>${t.term('subscriptions.discount')}</dt>
                <dd>${discount.ends_at ? t.term('subscriptions.discountUntil', discount.coupon.name, t.date(discount.ends_at)) : discount.coupon.name}</dd>
              </div>`
            : nothing}
        </dl>
        ${owing
          ? html`<div class="notice danger" part="notice">
              <p>
                ${sub.status === 'on_hold'
                  ? t.term('subscriptions.onHold', t.money(owing.amount_due, owing.currency))
                  : t.term('subscriptions.pastDue', t.money(owing.amount_due, owing.currency))}
              </p>
              ${features?.payment_method_update.enabled !== false
                ? html`<button type="button" class="primary" part="button primary" data-action="update-payment-method" @click=${() => this.#requestPaymentMethodUpdate(sub)}>
                    ${t.term('subscriptions.updatePaymentMethod')}<span class="visually-hidden"> ${name}</span>
                  </button>`
                : nothing}
            </div>`
          : nothing}
        ${blocked && blocked !== 'canceled' ? html`<p class="note">${t.term(`subscriptions.blocked.${blocked}` as const)}</p>` : nothing}
        ${problem ? html`<p class="alert" role="alert">${problem}</p>` : nothing}
        <div class="actions" part="actions" @pointerover=${flowsChunk.prefetch} @focusin=${flowsChunk.prefetch}>
          ${a.update ? this.#button(sub, 'update', t.term('subscriptions.action.update'), canMutate, (e) => void this.#open(sub, 'update', (flows) => flows.change.open(sub, e))) : nothing}
          ${a.pause ? this.#button(sub, 'pause', t.term('subscriptions.action.pause'), canMutate, (e) => void this.#open(sub, 'pause', (flows) => flows.pause.open(sub, e))) : nothing}
          ${a.resume ? this.#button(sub, 'resume', t.term('subscriptions.action.resume'), canMutate, () => void this.#direct(sub, 'resume'), 'primary') : nothing}
          ${a.undo_cancel
            ? this.#button(sub, 'undo-cancel', t.term('subscriptions.action.undo'), canMutate, () => void this.#direct(sub, 'undo-cancel'), 'primary')
            : nothing}
          ${a.cancel ? this.#button(sub, 'cancel', t.term('subscriptions.action.cancel'), canMutate, (e) => void this.#open(sub, 'cancel', (flows) => flows.cancel.open(sub, e)), 'danger-quiet') : nothing}
        </div>
      </article>
    </li>`;
  }

  #button(
    sub: Subscription,
    action: string,
    label: string,
    canMutate: boolean,
    onClick: (opener: HTMLElement) => void,
    kind: 'primary' | 'secondary' | 'danger-quiet' = 'secondary',
  ) {
    const running = this.running[sub.id];
    const busy = running === action || this.loadingFlow === `${sub.id} ${action}`;
    const dead = !canMutate || Boolean(running);
    return html`<button
      type="button"
      class=${kind}
      part="button ${kind === 'danger-quiet' ? 'danger' : kind}"
      data-action=${action}
      aria-disabled=${dead ? 'true' : 'false'}
      aria-busy=${busy ? 'true' : 'false'}
      @click=${(e: Event) => {
        if (dead) return;
        onClick(e.currentTarget as HTMLElement);
      }}
    >
      ${running === action ? this.#i18n.term('subscriptions.resuming') : label}<span class="visually-hidden"> ${subscriptionName(sub)}</span>
    </button>`;
  }
}

const BRANDS: Record<string, string> = {
  visa: 'Visa',
  mastercard: 'Mastercard',
  amex: 'American Express',
  discover: 'Discover',
  jcb: 'JCB',
  diners: 'Diners Club',
  unionpay: 'UnionPay',
};
