import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { repeat } from 'lit/directives/repeat.js';
import { emit } from '../../events.js';
import { LocalizeController, type ElementStrings } from '../../i18n/localize.js';
import paymentMethod from '../../i18n/en/paymentMethod.js';
import type { ResponseOf, Schemas } from '../../state/api-client.js';
import { PortalError } from '../../state/errors.js';
import { takeFragmentReturn } from '../../state/fragment.js';
import { ResourceController } from '../../state/resource-controller.js';
import type { ResourceState } from '../../state/resource.js';
import { sessionContext } from '../../state/session-context.js';
import type { Bootstrap, PortalStore } from '../../state/store.js';
import { linkOrigins, returnOrigins, safeHttpUrl } from '../../state/urls.js';
import { controls } from '../../themes/controls.js';
import { skeleton } from '../../themes/skeleton.js';
import { tokens } from '../../themes/tokens.js';
import { markFor, markForSummary, markStyles, paymentMark } from './brand-marks.js';
import { styles } from './portal-payment-method.styles.js';

type PaymentMethod = Schemas['PaymentMethod'];
type PaymentMethodList = ResponseOf<'/v1/payment-methods', 'get'>;
type Subscription = Schemas['Subscription'];
type SubscriptionList = ResponseOf<'/v1/subscriptions', 'get'>;
type Invoice = Schemas['Invoice'];
type CardError = Schemas['CardError'];

/** Statuses in which a subscription bills the customer, so it needs a payment method. */
const BILLABLE = new Set(['active', 'trialing', 'past_due', 'on_hold']);
/** Statuses in which the outstanding invoice is charged when the payment method is set. */
const UNPAID = new Set(['on_hold', 'past_due']);

const CARD_BRANDS = {
  visa: 'Visa',
  mastercard: 'Mastercard',
  amex: 'American Express',
  discover: 'Discover',
  jcb: 'JCB',
  diners: 'Diners Club',
  unionpay: 'UnionPay',
} as const satisfies Record<string, string>;

/** The deep-link flow opens the dialog once per session store, whatever the number of elements. */
const flowOpened = new WeakSet<PortalStore>();

type Action = 'default' | 'remove' | 'use' | 'pay' | 'setup';

type Outcome =
  | { kind: 'reactivated'; subscription: Subscription; invoice: Invoice; method: string }
  | { kind: 'declined'; message: string; declineCode: string };

/** The focused element, looking into shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement as HTMLElement | null;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement as HTMLElement;
  return active;
}

/**
 * The customer's payment method: the default one (or, with `subscription`, the one that
 * subscription pays with), its brand mark, last four and expiry, expired and
 * soon-to-expire cards called out. **Edit** opens a dialog to choose another saved
 * method, make one the default, remove one, or add a new one on the payment provider's
 * hosted page (a full-page visit that comes back here with the new method selected).
 *
 * For an on-hold or past-due subscription the dialog shows the amount outstanding and
 * "Pay … and reactivate": the open invoice is charged with the chosen method, and the
 * subscription shows as active only once the server says the payment went through.
 * `<portal-subscriptions>`' "Update payment method" opens this dialog when this element
 * is on the page.
 *
 * Place it inside a `<portal-session>`; it shares the payment-method and subscription
 * requests with the other elements of the session.
 *
 * @summary The payment method, with change, add, remove and on-hold reactivation.
 * @fires portal-payment-method-updated - A method was made the default, chosen for a subscription, added or removed.
 * @fires portal-subscription-reactivated - An on-hold or past-due subscription was paid and is active again (`detail.invoice` is the receipt).
 * @csspart title - The heading.
 * @csspart method - The method shown (mark and text).
 * @csspart mark - A payment method's brand mark.
 * @csspart flag - "Expired" / "Expires soon" / "Default" labels.
 * @csspart edit - The Edit button.
 * @csspart notice - The on-hold notice.
 * @csspart message - The empty, signed-out or error message.
 * @csspart retry - The "Try again" button.
 * @csspart dialog - The edit dialog.
 * @csspart option - One saved method in the dialog's choice.
 * @csspart outstanding - The amount an on-hold subscription owes.
 * @csspart button - Every button in the dialog (with `primary` or `danger` for those).
 * @csspart receipt - The link to the receipt after a reactivation.
 * @cssprop [--portal-color-brand=#4f46e5] - Buttons, the selected method and the focus ring.
 * @cssprop [--portal-color-brand-text] - Brand-coloured text (links) and the focus ring; defaults to the brand when it is readable on the surface, else the text colour.
 * @cssprop [--portal-color-on-danger] - Text on danger buttons; defaults to black or white, whichever contrasts with the danger colour.
 * @cssprop [--portal-color-surface=#ffffff] - The panel's and dialog's background.
 * @cssprop [--portal-color-warning=#7a4d00] - Soon-to-expire cards and on-hold notices.
 * @cssprop [--portal-color-danger=#b42318] - Expired cards, declines and Remove.
 * @cssprop [--portal-color-mark-visa=#1a1f71] - Brand-mark colours (one token per brand colour, see tokens).
 * @cssprop [--portal-radius=8px] - Corner radius.
 */
export class PortalPaymentMethod extends LitElement {
  static override styles = [tokens, skeleton, controls, markStyles, styles];
  /** The string namespaces it shows, with their English (other languages load lazily). */
  static i18n: ElementStrings = { paymentMethod };

  /** Show and change the method of this subscription (`sub_…`) instead of the default one. */
  @property({ reflect: true }) subscription?: string;

  @consume({ context: sessionContext, subscribe: true })
  @state()
  protected store?: PortalStore;

  /** What the element's live region says (outcomes once the dialog is closed). */
  @state() private announcement = '';
  /** A problem outside the dialog (e.g. the hosted page's return could not be matched). */
  @state() private problem = '';
  @state() private open = false;
  /** The subscription the dialog is about, if any. */
  @state() private dialogSubscription?: string;
  /** The method chosen in the dialog. */
  @state() private selected?: string;
  @state() private busy?: Action;
  /** What the dialog's live region says. */
  @state() private notice = '';
  /** The dialog's error (role="alert"). */
  @state() private error = '';
  /** A removal waiting for confirmation: the method's id. */
  @state() private confirmingRemove?: string;
  @state() private outcome?: Outcome;

  readonly #i18n = new LocalizeController(this, () => this.store?.locale);
  readonly #methods = new ResourceController<ResourceState<PaymentMethodList>>(this, () => this.store?.paymentMethods);
  readonly #subs = new ResourceController<ResourceState<SubscriptionList>>(this, () => this.store?.subscriptions);
  readonly #boot = new ResourceController<ResourceState<Bootstrap>>(this, () => this.store?.bootstrap);

  /** Where focus goes back when the dialog closes. */
  #opener?: HTMLElement | null;
  /** Where `portal-payment-method-update-requested` is listened for. */
  #eventRoot?: EventTarget;
  /** The method the hosted page just added (`#portal_setup=`), until it is shown. */
  #pendingSetup?: string;
  /** The resources were read again after the return from the hosted page. */
  #setupRefresh?: 'running' | 'done';

  override connectedCallback(): void {
    super.connectedCallback();
    this.#takeSetupReturn();
    globalThis.addEventListener?.('hashchange', this.#onHashChange);
    globalThis.addEventListener?.('pageshow', this.#onPageShow);
    this.#eventRoot = this.closest('portal-session') ?? document;
    this.#eventRoot.addEventListener('portal-payment-method-update-requested', this.#onUpdateRequested as EventListener);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.removeEventListener?.('hashchange', this.#onHashChange);
    globalThis.removeEventListener?.('pageshow', this.#onPageShow);
    this.#eventRoot?.removeEventListener('portal-payment-method-update-requested', this.#onUpdateRequested as EventListener);
    this.#eventRoot = undefined;
    this.#dialog?.close();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#resumeSetup();
    this.#openFlow();
  }

  /**
   * Leaves the page for the provider's hosted page. Tests and embedding apps may
   * replace it (e.g. to open the page in their own router); it receives a checked http(s) URL.
   */
  protected navigate(url: string): void {
    globalThis.location.assign(url);
  }

  // ── Data ────────────────────────────────────────────────────────────────────

  get #dialog(): HTMLDialogElement | null {
    return this.renderRoot?.querySelector<HTMLDialogElement>('dialog') ?? null;
  }

  get #methodList(): PaymentMethod[] {
    return this.#methods.state?.data?.data ?? [];
  }

  get #subList(): Subscription[] {
    return this.#subs.state?.data?.data ?? [];
  }

  #sub(id: string | undefined): Subscription | undefined {
    return id ? this.#subList.find((s) => s.id === id) : undefined;
  }

  get #featureEnabled(): boolean {
    return this.#boot.state?.data?.features.payment_method_update.enabled !== false;
  }

  /** Whether `sub` has an invoice that setting its method pays. */
  #owes(sub: Subscription | undefined): sub is Subscription & { outstanding: NonNullable<Subscription['outstanding']> } {
    return Boolean(sub && UNPAID.has(sub.status) && sub.outstanding);
  }

  // ── Words ───────────────────────────────────────────────────────────────────

  /** The line a customer recognises a method by: "Visa ending in 4242", "PayPal"… */
  #name(pm: PaymentMethod): string {
    const t = this.#i18n;
    switch (pm.type) {
      case 'card': {
        const brand = pm.card.brand === 'unknown' ? t.term('paymentMethod.card') : CARD_BRANDS[pm.card.brand];
        return t.term('paymentMethod.endingIn', brand, pm.card.last4);
      }
      case 'us_bank_account':
        return this.#bank(pm.us_bank_account);
      case 'au_becs_debit':
        return this.#bank(pm.au_becs_debit);
      case 'sepa_debit':
        return this.#bank(pm.sepa_debit);
      case 'bacs_debit':
        return this.#bank(pm.bacs_debit);
      case 'acss_debit':
        return this.#bank(pm.acss_debit);
      case 'paypal':
        return 'PayPal';
      case 'amazon_pay':
        return 'Amazon Pay';
      case 'link':
        return 'Link';
      case 'cashapp':
        return 'Cash App Pay';
      case 'boleto':
        return 'Boleto';
    }
  }

  #bank(details: { bank_name: string | null; last4: string }): string {
    const t = this.#i18n;
    return t.term('paymentMethod.endingIn', details.bank_name ?? t.term('paymentMethod.bankAccount'), details.last4);
  }

  /** The second line: expiry for cards, the scheme for debits, the account for wallets. */
  #detail(pm: PaymentMethod): string {
    const t = this.#i18n;
    switch (pm.type) {
      case 'card': {
        const expiry = `${String(pm.card.exp_month).padStart(2, '0')}/${pm.card.exp_year}`;
        return pm.expired ? t.term('paymentMethod.expiredOn', expiry) : t.term('paymentMethod.expires', expiry);
      }
      case 'us_bank_account':
        return t.term('paymentMethod.type.us_bank_account');
      case 'au_becs_debit':
        return t.term('paymentMethod.type.au_becs_debit');
      case 'sepa_debit':
        return t.term('paymentMethod.type.sepa_debit');
      case 'bacs_debit':
        return t.term('paymentMethod.type.bacs_debit');
      case 'acss_debit':
        return t.term('paymentMethod.type.acss_debit');
      case 'paypal':
        return pm.paypal.email ?? t.term('paymentMethod.account', 'PayPal');
      case 'amazon_pay':
        return pm.amazon_pay.email ?? t.term('paymentMethod.account', 'Amazon Pay');
      case 'link':
        return pm.link.email ?? t.term('paymentMethod.account', 'Link');
      case 'cashapp':
        return pm.cashapp.cashtag ?? t.term('paymentMethod.account', 'Cash App');
      case 'boleto':
        return pm.boleto.tax_id_last4 ? t.term('paymentMethod.taxId', pm.boleto.tax_id_last4) : t.term('paymentMethod.type.boleto');
    }
  }

  #subName(sub: Pick<Subscription, 'price' | 'product'>): string {
    return sub.price.nickname ?? sub.product.name;
  }

  #flags(pm: PaymentMethod, options: { showDefault: boolean }) {
    const t = this.#i18n;
    return html`${pm.expired ? html`<span class="flag danger" part="flag">${t.term('paymentMethod.flag.expired')}</span>` : nothing}
    ${pm.expires_soon ? html`<span class="flag warning" part="flag">${t.term('paymentMethod.flag.expiresSoon')}</span>` : nothing}
    ${options.showDefault && pm.is_default ? html`<span class="flag" part="flag">${t.term('paymentMethod.flag.default')}</span>` : nothing}`;
  }

  // ── Rendering ───────────────────────────────────────────────────────────────

  protected override render() {
    const t = this.#i18n;
    return html`
      <section aria-labelledby="title">
        <h2 id="title" part="title">${t.term('paymentMethod.title')}</h2>
        <div role="status" class="announcement">${this.announcement ? html`<p class="notice success">${this.announcement}</p>` : nothing}</div>
        ${this.problem ? html`<p class="notice danger" role="alert">${this.problem}</p>` : nothing}
        ${this.store ? this.#renderSummary() : html`<p part="message" class="message">${t.term('paymentMethod.signedOut')}</p>`}
      </section>
      ${this.#renderDialog()}
    `;
  }

  #renderSummary() {
    const t = this.#i18n;
    const methods = this.#methods.state;
    const subs = this.#subs.state;
    const needSubs = Boolean(this.subscription);
    const loading = (s?: ResourceState<unknown>) => !s || s.status === 'idle' || s.status === 'loading';
    if (loading(methods) || (needSubs && loading(subs))) {
      return html`<div class="skeleton" aria-busy="true">
        <span class="visually-hidden">${t.term('paymentMethod.loading')}</span>
        <div class="bone" aria-hidden="true"></div>
      </div>`;
    }
    if (!methods?.data) return this.#renderError(methods?.error);
    if (needSubs && !subs?.data) return this.#renderError(subs?.error);

    if (this.subscription) {
      const sub = this.#sub(this.subscription);
      if (!sub) return html`<p part="message" class="message">${t.term('paymentMethod.subscriptionNotFound')}</p>`;
      const pm = this.#methodList.find((m) => m.id === sub.payment_method?.id);
      return html`
        ${this.#renderOwing(sub)}
        ${pm
          ? this.#renderShown(pm, t.term('paymentMethod.editFor', this.#subName(sub)))
          : sub.payment_method
            ? this.#renderSummaryOnly(sub)
            : this.#renderNone(t.term('paymentMethod.noneForSubscription', this.#subName(sub)), t.term('paymentMethod.editFor', this.#subName(sub)))}
      `;
    }

    const list = this.#methodList;
    if (list.length === 0) return this.#renderEmpty();
    const pm = list.find((m) => m.is_default);
    return pm ? this.#renderShown(pm, t.term('paymentMethod.editDefault')) : this.#renderNone(t.term('paymentMethod.noDefault'), t.term('paymentMethod.editDefault'));
  }

  #renderOwing(sub: Subscription) {
    if (!this.#owes(sub)) return nothing;
    const t = this.#i18n;
    const amount = t.money(sub.outstanding.amount_due, sub.outstanding.currency);
    return html`<p class="notice warning" part="notice">
      ${sub.status === 'on_hold' ? t.term('paymentMethod.onHold', this.#subName(sub), amount) : t.term('paymentMethod.pastDue', this.#subName(sub), amount)}
    </p>`;
  }

  #renderShown(pm: PaymentMethod, editLabel: string) {
    return html`<div class="panel" part="method">
      ${paymentMark(markFor(pm))}
      <div class="text">
        <span class="name">${this.#name(pm)}</span>
        <span class="detail">${this.#detail(pm)}</span>
        ${pm.expired || pm.expires_soon ? html`<span class="flags">${this.#flags(pm, { showDefault: false })}</span>` : nothing}
        ${pm.expired ? html`<span class="note" data-note="expired">${this.#i18n.term('paymentMethod.expiredNote')}</span>` : nothing}
        ${pm.expires_soon ? html`<span class="note" data-note="expires-soon">${this.#i18n.term('paymentMethod.expiresSoonNote')}</span>` : nothing}
      </div>
      ${this.#editButton(editLabel)}
    </div>`;
  }

  /** A subscription's method that is no longer in the customer's list: what the subscription says about it. */
  #renderSummaryOnly(sub: Subscription) {
    const t = this.#i18n;
    const pm = sub.payment_method!;
    const brand = pm.brand && pm.brand in CARD_BRANDS ? CARD_BRANDS[pm.brand as keyof typeof CARD_BRANDS] : (pm.bank_name ?? pm.email ?? t.term('paymentMethod.card'));
    return html`<div class="panel" part="method">
      ${paymentMark(markForSummary(pm.type, pm.brand))}
      <div class="text"><span class="name">${pm.last4 ? t.term('paymentMethod.endingIn', brand, pm.last4) : brand}</span></div>
      ${this.#editButton(t.term('paymentMethod.editFor', this.#subName(sub)))}
    </div>`;
  }

  #renderNone(message: string, editLabel: string) {
    return html`<div class="panel" part="method">
      <div class="text"><span class="name">${message}</span></div>
      ${this.#editButton(editLabel)}
    </div>`;
  }

  #renderEmpty() {
    const t = this.#i18n;
    return html`<div class="panel empty" part="message">
      <div class="text"><span class="name">${t.term('paymentMethod.empty')}</span></div>
      ${this.#featureEnabled
        ? html`<button type="button" class="primary" part="edit" data-action="add-first" aria-disabled=${this.busy ? 'true' : 'false'}
            aria-busy=${this.busy === 'setup' ? 'true' : 'false'} @click=${this.#addNew}>
            ${this.busy === 'setup' ? t.term('paymentMethod.opening') : t.term('paymentMethod.addFirst')}
          </button>`
        : nothing}
    </div>
    ${!this.open && this.error ? html`<p class="notice danger" role="alert">${this.error}</p>` : nothing}`;
  }

  #editButton(label: string) {
    if (!this.#featureEnabled) return nothing;
    return html`<button type="button" class="edit" part="edit" data-action="edit" aria-label=${label} @click=${(e: Event) => this.#openDialog(this.subscription, e.currentTarget as HTMLElement)}>
      ${this.#i18n.term('paymentMethod.edit')}
    </button>`;
  }

  #renderError(error: PortalError | undefined) {
    const t = this.#i18n;
    const canRetry = error?.kind !== 'expired' && error?.kind !== 'unauthenticated';
    return html`<div part="message" class="message error" role="alert">
      <span>${t.errorMessage(error)}</span>
      ${canRetry ? html`<button part="retry" type="button" @click=${this.#retry}>${t.term('action.retry')}</button>` : nothing}
    </div>`;
  }

  #retry = () => {
    const store = this.store;
    if (!store) return;
    for (const resource of [store.paymentMethods, store.subscriptions]) {
      if (resource.state.status === 'error') void resource.load();
    }
  };

  // ── The dialog ──────────────────────────────────────────────────────────────

  #renderDialog() {
    const t = this.#i18n;
    const sub = this.#sub(this.dialogSubscription);
    const reactivating = this.#owes(sub) || this.outcome?.kind === 'reactivated';
    const title = !this.open
      ? ''
      : sub
        ? reactivating
          ? t.term('paymentMethod.dialog.reactivateTitle', this.#subName(sub))
          : t.term('paymentMethod.dialog.subscriptionTitle', this.#subName(sub))
        : t.term('paymentMethod.dialog.title');
    return html`<dialog part="dialog" aria-labelledby="dialog-title" @close=${this.#onClose}>
      ${this.open
        ? html`<div class="dialog-body">
            <h2 id="dialog-title" tabindex="-1">${title}</h2>
            <button type="button" class="close" part="button" aria-label=${t.term('paymentMethod.close')} @click=${this.#close}>×</button>
            ${this.outcome?.kind === 'reactivated' ? this.#renderReactivated(this.outcome) : this.#renderChoice(sub)}
          </div>`
        : nothing}
    </dialog>`;
  }

  #renderReactivated(outcome: Extract<Outcome, { kind: 'reactivated' }>) {
    const t = this.#i18n;
    const receipt = safeHttpUrl(outcome.invoice.pdf_url, linkOrigins(this.store));
    const method = this.#methodList.find((m) => m.id === outcome.method);
    return html`<div class="result success" role="status">
        <h3 id="result-title" tabindex="-1">${t.term('paymentMethod.reactivated.title')}</h3>
        <p>
          ${t.term('paymentMethod.reactivated.body', this.#subName(outcome.subscription), t.money(outcome.invoice.amount_paid, outcome.invoice.currency))}
          ${method ? t.term('paymentMethod.reactivated.with', this.#name(method)) : nothing}
        </p>
        <p>${t.term('paymentMethod.reactivated.renews', t.date(outcome.subscription.current_period_end))}</p>
        ${receipt
          ? html`<p>
              <a part="receipt" href=${receipt} target="_blank" rel="noopener">${t.term('paymentMethod.receipt', outcome.invoice.number)}</a>
            </p>`
          : nothing}
      </div>
      <div class="dialog-actions">
        <button type="button" class="primary" part="button primary" data-action="done" @click=${this.#close}>${t.term('paymentMethod.done')}</button>
      </div>`;
  }

  #renderChoice(sub: Subscription | undefined) {
    const t = this.#i18n;
    const methods = this.#methodList;
    const selected = methods.find((m) => m.id === this.selected);
    const owes = this.#owes(sub);
    const declined = this.outcome?.kind === 'declined' ? this.outcome : undefined;
    return html`
      ${owes
        ? html`<div class="outstanding" part="outstanding">
            <p>${sub.status === 'on_hold' ? t.term('paymentMethod.dialog.onHoldIntro', this.#subName(sub)) : t.term('paymentMethod.dialog.pastDueIntro', this.#subName(sub))}</p>
            <p class="due">
              <span>${t.term('paymentMethod.dialog.outstanding')}</span>
              <strong data-amount>${t.money(sub.outstanding.amount_due, sub.outstanding.currency)}</strong>
            </p>
          </div>`
        : nothing}
      <div role="status" class="dialog-status">${this.notice ? html`<p class="notice success">${this.notice}</p>` : nothing}</div>
      ${declined
        ? html`<div class="notice danger" role="alert" data-result="declined">
            <p><strong>${t.term('paymentMethod.declined.title')}</strong> ${declined.message}</p>
            <p>${sub ? t.term('paymentMethod.declined.still', this.#subName(sub), sub.status === 'on_hold') : nothing}</p>
          </div>`
        : nothing}
      ${this.error ? html`<p class="notice danger" role="alert">${this.error}</p>` : nothing}
      ${methods.length
        ? html`<fieldset class="choices">
            <legend>${t.term('paymentMethod.dialog.saved')}</legend>
            ${repeat(methods, (m) => m.id, (m) => this.#renderOption(m, sub))}
          </fieldset>`
        : html`<p class="message">${t.term('paymentMethod.empty')}</p>`}
      ${selected ? this.#renderSelectedActions(selected, sub) : nothing}
      <div class="add">
        <button type="button" part="button" data-action="add" aria-disabled=${this.busy ? 'true' : 'false'} aria-busy=${this.busy === 'setup' ? 'true' : 'false'} @click=${this.#addNew}>
          ${this.busy === 'setup' ? t.term('paymentMethod.opening') : t.term('paymentMethod.add')}
        </button>
        <p class="hint">${t.term('paymentMethod.addHint')}</p>
      </div>
      <div class="dialog-actions">${this.#renderPrimary(selected, sub)}</div>
    `;
  }

  #renderOption(pm: PaymentMethod, sub: Subscription | undefined) {
    const t = this.#i18n;
    const usedBy = pm.used_by.map((id) => this.#sub(id)).filter((s): s is Subscription => Boolean(s));
    const current = sub?.payment_method?.id === pm.id;
    return html`<label class="option" part="option" data-method=${pm.id}>
      <input type="radio" name="method" .value=${pm.id} .checked=${this.selected === pm.id} @change=${() => this.#select(pm.id)} />
      ${paymentMark(markFor(pm))}
      <span class="text">
        <span class="name">${this.#name(pm)}</span>
        <span class="detail">${this.#detail(pm)}</span>
        <span class="flags">
          ${this.#flags(pm, { showDefault: true })}
          ${sub && current ? html`<span class="flag" part="flag">${t.term('paymentMethod.flag.current')}</span>` : nothing}
        </span>
        ${!sub && usedBy.length ? html`<span class="detail">${t.term('paymentMethod.usedBy', usedBy.map((s) => this.#subName(s)).join(', '))}</span>` : nothing}
      </span>
    </label>`;
  }

  /** Make default and Remove, for the method chosen; the removal rule explained before they try. */
  #renderSelectedActions(pm: PaymentMethod, sub: Subscription | undefined) {
    const t = this.#i18n;
    const name = this.#name(pm);
    const lastNeeded = this.#methodList.length === 1 && this.#subList.some((s) => BILLABLE.has(s.status));
    if (this.confirmingRemove === pm.id) {
      const moving = pm.used_by.map((id) => this.#sub(id)).filter((s): s is Subscription => Boolean(s));
      return html`<div class="confirm" part="confirm">
        <p id="confirm-text">
          ${t.term('paymentMethod.remove.confirm', name)}
          ${moving.length ? t.term('paymentMethod.remove.moves', moving.map((s) => this.#subName(s)).join(', ')) : nothing}
        </p>
        <div class="row">
          ${this.#actionButton('remove', t.term('paymentMethod.remove.yes'), t.term('paymentMethod.removing'), () => void this.#remove(pm), 'danger', 'confirm-text')}
          <button type="button" part="button" data-action="keep" @click=${this.#cancelRemove}>${t.term('paymentMethod.remove.no')}</button>
        </div>
      </div>`;
    }
    const showDefault = Boolean(sub) && !pm.is_default;
    return html`<div class="row selected-actions">
        ${showDefault ? this.#actionButton('default', t.term('paymentMethod.makeDefault'), t.term('paymentMethod.saving'), () => void this.#makeDefault(pm, false), 'secondary') : nothing}
        <button type="button" part="button danger" class="danger-quiet" data-action="ask-remove" aria-disabled=${lastNeeded || this.busy ? 'true' : 'false'}
          aria-describedby=${lastNeeded ? 'remove-why' : nothing} @click=${() => this.#askRemove(pm, lastNeeded)}>
          ${t.term('paymentMethod.remove', name)}
        </button>
      </div>
      ${lastNeeded ? html`<p class="hint" id="remove-why" data-why="last-method">${t.term('paymentMethod.remove.lastNeeded')}</p>` : nothing}`;
  }

  #renderPrimary(selected: PaymentMethod | undefined, sub: Subscription | undefined) {
    const t = this.#i18n;
    const cancel = html`<button type="button" part="button" data-action="cancel" @click=${this.#close}>${t.term('paymentMethod.cancel')}</button>`;
    if (!selected) return cancel;
    if (sub && this.#owes(sub)) {
      const amount = t.money(sub.outstanding.amount_due, sub.outstanding.currency);
      return html`${cancel}${this.#actionButton('pay', t.term('paymentMethod.pay', amount), t.term('paymentMethod.paying'), () => void this.#setForSubscription(selected, sub))}`;
    }
    if (sub) {
      if (sub.payment_method?.id === selected.id) return html`<p class="hint">${t.term('paymentMethod.alreadyUsed', this.#subName(sub))}</p>${cancel}`;
      return html`${cancel}${this.#actionButton('use', t.term('paymentMethod.useFor', this.#subName(sub)), t.term('paymentMethod.saving'), () => void this.#setForSubscription(selected, sub))}`;
    }
    if (selected.is_default) return html`<p class="hint">${t.term('paymentMethod.alreadyDefault')}</p>${cancel}`;
    return html`${cancel}${this.#actionButton('default', t.term('paymentMethod.makeDefault'), t.term('paymentMethod.saving'), () => void this.#makeDefault(selected, true))}`;
  }

  /** A button that runs one request: busy while it runs, every press meanwhile ignored. */
  #actionButton(action: Action, label: string, busyLabel: string, run: () => void, kind: 'primary' | 'secondary' | 'danger' = 'primary', describedBy?: string) {
    const running = this.busy === action;
    return html`<button
      type="button"
      class=${kind}
      part=${kind === 'secondary' ? 'button' : `button ${kind}`}
      data-action=${action}
      aria-disabled=${this.busy ? 'true' : 'false'}
      aria-busy=${running ? 'true' : 'false'}
      aria-describedby=${describedBy ?? nothing}
      @click=${() => {
        if (!this.busy) run();
      }}
    >
      ${running ? busyLabel : label}
    </button>`;
  }

  // ── Opening and closing ─────────────────────────────────────────────────────

  async #openDialog(subscription: string | undefined, opener: HTMLElement | null, options: { selected?: string; notice?: string } = {}): Promise<void> {
    const sub = this.#sub(subscription);
    const methods = this.#methodList;
    this.dialogSubscription = subscription;
    this.selected =
      options.selected ?? sub?.payment_method?.id ?? methods.find((m) => m.is_default)?.id ?? methods[0]?.id;
    if (!methods.some((m) => m.id === this.selected)) this.selected = methods[0]?.id;
    this.notice = options.notice ?? '';
    this.error = '';
    this.outcome = undefined;
    if (this.busy === 'setup') this.busy = undefined;
    this.confirmingRemove = undefined;
    this.problem = '';
    this.#opener = opener;
    this.open = true;
    await this.updateComplete;
    const dialog = this.#dialog;
    if (dialog && !dialog.open) dialog.showModal();
    // Focus the chosen method, so arrow keys move through the choice at once.
    const radio = this.renderRoot.querySelector<HTMLInputElement>('input[type="radio"]:checked');
    (radio ?? this.renderRoot.querySelector<HTMLElement>('#dialog-title'))?.focus();
  }

  #close = () => {
    const dialog = this.#dialog;
    if (dialog?.open) dialog.close();
    else this.#onClose();
  };

  #onClose = () => {
    if (!this.open) return;
    const opener = this.#opener;
    if (this.outcome?.kind === 'reactivated') {
      const amount = this.#i18n.money(this.outcome.invoice.amount_paid, this.outcome.invoice.currency);
      this.announcement = this.#i18n.term('paymentMethod.reactivated.announce', this.#subName(this.outcome.subscription), amount);
    }
    this.open = false;
    this.#opener = undefined;
    this.confirmingRemove = undefined;
    void this.updateComplete.then(() => {
      if (opener?.isConnected && opener.getClientRects().length > 0) opener.focus();
      else this.renderRoot.querySelector<HTMLElement>('[part~="edit"]')?.focus();
    });
  };

  #select(id: string): void {
    this.selected = id;
    this.confirmingRemove = undefined;
    this.error = '';
  }

  #onUpdateRequested = (event: CustomEvent<{ subscription: Subscription }>) => {
    if (event.defaultPrevented || !this.store || !this.#featureEnabled) return;
    const sub = event.detail.subscription;
    if (this.subscription && this.subscription !== sub.id) return;
    event.preventDefault();
    // The shared list may not have been read by this element yet: put in the subscription the event carries.
    const resource = this.store.subscriptions;
    const list = resource.state.data;
    if (list && !list.data.some((s) => s.id === sub.id)) resource.put({ ...list, data: [...list.data, sub] });
    void this.#openDialog(sub.id, deepActiveElement());
  };

  /** A session created with the `payment_method_update` flow opens the dialog at once. */
  #openFlow(): void {
    const store = this.store;
    if (!store || flowOpened.has(store) || this.open || this.#pendingSetup) return;
    const boot = this.#boot.state;
    if (boot?.status !== 'ready' || boot.data?.flow?.type !== 'payment_method_update') return;
    if (this.#methods.state?.status !== 'ready') return;
    if (this.subscription && this.#subs.state?.status !== 'ready') return;
    flowOpened.add(store);
    void this.#openDialog(this.subscription, null);
  }

  #flowRedirect(): void {
    const flow = this.#boot.state?.data?.flow;
    if (flow?.type !== 'payment_method_update' || flow.after_completion?.type !== 'redirect') return;
    const url = safeHttpUrl(flow.after_completion.redirect?.return_url, returnOrigins(this.store));
    if (url) this.navigate(url);
  }

  // ── Back from the hosted page ───────────────────────────────────────────────

  /** Back on the page from the browser's cache (the Back button on the hosted page): the add button works again. */
  #onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted && this.busy === 'setup') {
      this.busy = undefined;
      this.notice = '';
    }
  };

  #onHashChange = () => {
    this.#takeSetupReturn();
  };

  #takeSetupReturn(): void {
    const id = takeFragmentReturn('portal_setup');
    if (!id) return;
    this.#pendingSetup = id;
    this.#setupRefresh = undefined;
    this.requestUpdate();
  }

  /** Once the lists are read again, the new method is shown selected in the dialog and announced. */
  #resumeSetup(): void {
    const store = this.store;
    const id = this.#pendingSetup;
    if (!store || !id) return;
    if (!this.#setupRefresh) {
      this.#setupRefresh = 'running';
      void store.refresh(['payment_methods', 'subscriptions']).then(() => {
        this.#setupRefresh = 'done';
        this.requestUpdate();
      });
      return;
    }
    const methods = this.#methods.state;
    const subs = this.#subs.state;
    if (this.#setupRefresh !== 'done' || methods?.status !== 'ready' || methods.refreshing) return;
    if (!subs || subs.status === 'loading' || subs.status === 'idle' || subs.refreshing) return;
    this.#pendingSetup = undefined;
    const t = this.#i18n;
    const pm = this.#methodList.find((m) => m.id === id);
    if (!pm) {
      this.problem = t.term('paymentMethod.addedMissing');
      return;
    }
    // Added for an on-hold subscription: the setup made it that subscription's method; paying is the next step.
    const owing = this.#subList.find((s) => s.payment_method?.id === pm.id && this.#owes(s));
    const forSub = owing?.id ?? (this.subscription && pm.used_by.includes(this.subscription) ? this.subscription : undefined);
    const name = this.#name(pm);
    const notice = owing
      ? t.term('paymentMethod.addedPayNext', name, t.money(owing.outstanding!.amount_due, owing.outstanding!.currency))
      : t.term('paymentMethod.added', name);
    emit(this, 'portal-payment-method-updated', { payment_method: pm, change: 'added', subscription: this.#sub(forSub) });
    void this.#openDialog(forSub ?? this.subscription, null, { selected: pm.id, notice });
  }

  // ── Actions ─────────────────────────────────────────────────────────────────

  /** Runs one action at a time; false (with the offline message) when actions are paused. */
  #begin(action: Action): boolean {
    if (this.busy || !this.store) return false;
    if (!this.store.canMutate) {
      this.error = this.#i18n.term('error.offline');
      return false;
    }
    this.busy = action;
    this.error = '';
    this.notice = '';
    return true;
  }

  #errorText(error: unknown): string {
    const t = this.#i18n;
    if (error instanceof PortalError && (error.kind === 'validation' || error.kind === 'not_found')) return error.message;
    return t.errorMessage(error instanceof PortalError ? error : undefined);
  }

  #addNew = async () => {
    if (!this.#begin('setup')) return;
    const store = this.store!;
    const here = new URL(globalThis.location.href);
    here.hash = '';
    const subscription = this.open ? this.dialogSubscription : undefined;
    try {
      const setup = await store.mutate(
        (signal) =>
          store.client.call('post', '/v1/payment-methods/setup', {
            body: { return_url: here.toString(), ...(subscription ? { subscription } : {}) },
            signal,
          }),
        { affects: [] },
      );
      const url = safeHttpUrl(setup.url, linkOrigins(store));
      if (!url) throw new PortalError('malformed', 'The hosted page address is not an http(s) URL on an allowed origin.');
      this.notice = this.#i18n.term('paymentMethod.leaving');
      this.navigate(url);
      // The page is being left: the button stays busy until it is gone.
    } catch (error) {
      this.busy = undefined;
      this.error = this.#errorText(error);
    }
  };

  async #makeDefault(pm: PaymentMethod, closeAfter: boolean): Promise<void> {
    if (!this.#begin('default')) return;
    const store = this.store!;
    const t = this.#i18n;
    try {
      const list = await store.mutate(
        (signal) => store.client.call('post', '/v1/payment-methods/{id}/default', { params: { id: pm.id }, signal }),
        { affects: [] },
      );
      store.paymentMethods.put(list);
      const message = t.term('paymentMethod.defaultDone', this.#name(pm));
      emit(this, 'portal-payment-method-updated', { payment_method: list.data.find((m) => m.id === pm.id) ?? pm, change: 'default' });
      if (closeAfter) {
        this.announcement = message;
        this.#close();
        this.#flowRedirect();
      } else {
        this.notice = message;
      }
    } catch (error) {
      this.error = this.#errorText(error);
      if (error instanceof PortalError && error.kind === 'not_found') void store.refresh(['payment_methods']);
    } finally {
      this.busy = undefined;
    }
  }

  #askRemove(pm: PaymentMethod, lastNeeded: boolean): void {
    if (this.busy || lastNeeded) return;
    this.confirmingRemove = pm.id;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[data-action="keep"]')?.focus());
  }

  #cancelRemove = () => {
    this.confirmingRemove = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[data-action="ask-remove"]')?.focus());
  };

  async #remove(pm: PaymentMethod): Promise<void> {
    if (!this.#begin('remove')) return;
    const store = this.store!;
    const t = this.#i18n;
    try {
      const list = await store.mutate(
        (signal) => store.client.call('delete', '/v1/payment-methods/{id}', { params: { id: pm.id }, signal }),
        { affects: pm.used_by.length ? ['subscriptions'] : [] },
      );
      store.paymentMethods.put(list);
      this.confirmingRemove = undefined;
      const sub = this.#sub(this.dialogSubscription);
      this.selected = (sub && list.data.find((m) => m.used_by.includes(sub.id))?.id) ?? list.data.find((m) => m.is_default)?.id ?? list.data[0]?.id;
      this.notice = t.term('paymentMethod.removed', this.#name(pm));
      emit(this, 'portal-payment-method-updated', { payment_method: pm, change: 'removed' });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('input[type="radio"]:checked, [data-action="add"]')?.focus();
    } catch (error) {
      this.confirmingRemove = undefined;
      if (error instanceof PortalError && error.details.code === 'payment_method_required') {
        this.error = t.term('paymentMethod.remove.refused', error.message);
        void store.refresh(['payment_methods', 'subscriptions']);
      } else {
        this.error = this.#errorText(error);
      }
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[data-action="ask-remove"]')?.focus();
    } finally {
      this.busy = undefined;
    }
  }

  /** Sets `sub`'s method; for an on-hold or past-due one that charges the outstanding invoice. */
  async #setForSubscription(pm: PaymentMethod, shown: Subscription): Promise<void> {
    if (!this.#begin(this.#owes(shown) ? 'pay' : 'use')) return;
    const store = this.store!;
    const t = this.#i18n;
    const sub = this.#sub(shown.id) ?? shown;
    this.outcome = undefined;
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
      emit(this, 'portal-payment-method-updated', { payment_method: pm, change: 'subscription', subscription: result.subscription });
      if (result.object === 'reactivation') {
        this.outcome = { kind: 'reactivated', subscription: result.subscription, invoice: result.invoice, method: pm.id };
        emit(this, 'portal-subscription-reactivated', { subscription: result.subscription, invoice: result.invoice });
        if (!this.open) {
          // Closed while the payment ran: say the outcome outside the dialog.
          this.announcement = t.term('paymentMethod.reactivated.announce', this.#subName(result.subscription), t.money(result.invoice.amount_paid, result.invoice.currency));
          return;
        }
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('#result-title')?.focus();
        this.#flowRedirect();
      } else {
        this.announcement = t.term('paymentMethod.usedNow', this.#subName(result.subscription), this.#name(pm));
        this.#close();
        this.#flowRedirect();
      }
    } catch (error) {
      const body = error instanceof PortalError ? error.details.body : undefined;
      if (error instanceof PortalError && error.details.code === 'payment_failed') {
        const card = (body as CardError | undefined)?.error;
        this.outcome = { kind: 'declined', message: card?.message ?? error.message, declineCode: card?.decline_code ?? 'card_declined' };
        if (!this.open) this.problem = `${t.term('paymentMethod.declined.title')} ${this.outcome.message}`;
      } else if (error instanceof PortalError && error.kind === 'conflict' && error.details.code === 'subscription_version_conflict') {
        const current = (body as { subscription?: Subscription } | undefined)?.subscription;
        if (current?.object === 'subscription') this.#replaceSubscription(current);
        this.error = current && !this.#owes(current) && this.#owes(sub) ? t.term('paymentMethod.conflictSettled', this.#subName(sub)) : t.term('paymentMethod.conflict');
      } else {
        this.error = this.#errorText(error);
      }
    } finally {
      this.busy = undefined;
    }
  }

  #replaceSubscription(sub: Subscription): void {
    const store = this.store;
    if (!store) return;
    const resource = store.subscriptions;
    const list = resource.state.data;
    if (list) resource.put({ ...list, data: list.data.map((s) => (s.id === sub.id ? sub : s)) });
  }
}
