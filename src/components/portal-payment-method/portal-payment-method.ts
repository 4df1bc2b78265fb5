import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { emit } from '../../events.js';
import { LocalizeController, type ElementStrings } from '../../i18n/localize.js';
import paymentMethod from '../../i18n/en/paymentMethod.js';
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
import { lazyChunk } from '../lazy-chunk.js';
import { markFor, markForSummary, markStyles, paymentMark } from './brand-marks.js';
import type { PaymentMethodDialog } from './dialog.js';
import { styles } from './portal-payment-method.styles.js';
import {
  owes,
  subscriptionName,
  type Action,
  type DialogContext,
  type Owing,
  type PaymentMethod,
  type PaymentMethodList,
  type Subscription,
  type SubscriptionList,
} from './shared.js';

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

/** The dialog's chunk (dialog.ts): asked for once, when a customer first heads for the dialog. */
const dialogChunk = lazyChunk(() => import('./dialog.js'));
const prefetch = dialogChunk.prefetch;

/** Another element's way into the dialog: `<portal-subscriptions>`' "Update payment method". */
const UPDATE_BUTTON = '[data-action="update-payment-method"]';

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
  /** The string namespaces it shows, with their English (the dialog's comes with its code; other languages load lazily). */
  static i18n: ElementStrings = { paymentMethod, paymentMethodDialog: null };

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
  /** The dialog's code is loading for a way into it (Edit is busy meanwhile). */
  @state() private loadingDialog = false;
  /** The subscription the dialog is about, if any. */
  @state() private dialogSubscription?: string;
  @state() private busy?: Action;
  /** What the dialog's live region says. */
  @state() private notice = '';
  /** The dialog's error (role="alert"); shown outside it while it is closed. */
  @state() private error = '';

  readonly #i18n = new LocalizeController(this, () => this.store?.locale);
  readonly #methods = new ResourceController<ResourceState<PaymentMethodList>>(this, () => this.store?.paymentMethods);
  readonly #subs = new ResourceController<ResourceState<SubscriptionList>>(this, () => this.store?.subscriptions);
  readonly #boot = new ResourceController<ResourceState<Bootstrap>>(this, () => this.store?.bootstrap);
  readonly #ctx = this.#context();

  /** The dialog's content and actions, once its code has loaded (see `#loadDialog`). */
  #dialogCode?: PaymentMethodDialog;
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
    this.#eventRoot.addEventListener('pointerover', this.#headingForUpdate);
    this.#eventRoot.addEventListener('focusin', this.#headingForUpdate);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.removeEventListener?.('hashchange', this.#onHashChange);
    globalThis.removeEventListener?.('pageshow', this.#onPageShow);
    this.#eventRoot?.removeEventListener('portal-payment-method-update-requested', this.#onUpdateRequested as EventListener);
    this.#eventRoot?.removeEventListener('pointerover', this.#headingForUpdate);
    this.#eventRoot?.removeEventListener('focusin', this.#headingForUpdate);
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

  /** What the dialog's code (dialog.ts) reads and does through its element. */
  #context(): DialogContext {
    const el = this;
    return {
      i18n: el.#i18n,
      store: () => el.store,
      methods: () => el.#methodList,
      subscriptions: () => el.#subList,
      name: (pm) => el.#name(pm),
      detail: (pm) => el.#detail(pm),
      flags: (pm) => el.#flags(pm),
      get subscription() {
        return el.dialogSubscription;
      },
      get open() {
        return el.open;
      },
      get busy() {
        return el.busy;
      },
      set busy(action) {
        el.busy = action;
      },
      get notice() {
        return el.notice;
      },
      set notice(message) {
        el.notice = message;
      },
      get error() {
        return el.error;
      },
      set error(message) {
        el.error = message;
      },
      begin: (action) => el.#begin(action),
      errorText: (error) => el.#errorText(error),
      addNew: () => void el.#addNew(),
      announce: (message) => (el.announcement = message),
      alert: (message) => (el.problem = message),
      close: () => el.#close(),
      flowRedirect: () => el.#flowRedirect(),
    };
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

  /** "Expired" / "Expires soon" (the dialog adds "Default" and "Current"). */
  #flags(pm: PaymentMethod) {
    const t = this.#i18n;
    return html`${pm.expired ? html`<span class="flag danger" part="flag">${t.term('paymentMethod.flag.expired')}</span>` : nothing}
    ${pm.expires_soon ? html`<span class="flag warning" part="flag">${t.term('paymentMethod.flag.expiresSoon')}</span>` : nothing}`;
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
      <dialog part="dialog" aria-labelledby="dialog-title" @close=${this.#onClose}>${this.open ? this.#dialogCode?.render() : nothing}</dialog>
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
          ? this.#renderShown(pm, t.term('paymentMethod.editFor', subscriptionName(sub)))
          : sub.payment_method
            ? this.#renderSummaryOnly(sub)
            : this.#renderNone(t.term('paymentMethod.noneForSubscription', subscriptionName(sub)), t.term('paymentMethod.editFor', subscriptionName(sub)))}
      `;
    }

    const list = this.#methodList;
    if (list.length === 0) return this.#renderEmpty();
    const pm = list.find((m) => m.is_default);
    return pm ? this.#renderShown(pm, t.term('paymentMethod.editDefault')) : this.#renderNone(t.term('paymentMethod.noDefault'), t.term('paymentMethod.editDefault'));
  }

  #renderOwing(sub: Subscription) {
    if (!owes(sub)) return nothing;
    const t = this.#i18n;
    const amount = t.money(sub.outstanding.amount_due, sub.outstanding.currency);
    return html`<p class="notice warning" part="notice">
      ${sub.status === 'on_hold' ? t.term('paymentMethod.onHold', subscriptionName(sub), amount) : t.term('paymentMethod.pastDue', subscriptionName(sub), amount)}
    </p>`;
  }

  #renderShown(pm: PaymentMethod, editLabel: string) {
    return html`<div class="panel" part="method">
      ${paymentMark(markFor(pm))}
      <div class="text">
        <span class="name">${this.#name(pm)}</span>
        <span class="detail">${this.#detail(pm)}</span>
        ${pm.expired || pm.expires_soon ? html`<span class="flags">${this.#flags(pm)}</span>` : nothing}
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
      ${this.#editButton(t.term('paymentMethod.editFor', subscriptionName(sub)))}
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
    return html`<button
      type="button"
      class="edit"
      part="edit"
      data-action="edit"
      aria-label=${label}
      aria-busy=${this.loadingDialog ? 'true' : 'false'}
      @pointerover=${prefetch}
      @focusin=${prefetch}
      @click=${(e: Event) => void this.#openDialog(this.subscription, e.currentTarget as HTMLElement)}
    >
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

  // ── Opening and closing ─────────────────────────────────────────────────────

  /**
   * The dialog's code: loaded on first use, usually already on its way (see `prefetch`);
   * meanwhile the opener is busy and further ways in are ignored; if it cannot load, the
   * element says so and the next press tries again.
   */
  async #loadDialog(opener: HTMLElement | null): Promise<PaymentMethodDialog | undefined> {
    if (this.loadingDialog) return undefined;
    this.loadingDialog = true; // Edit shows it
    // The subscriptions' "Update payment method" that asked knows nothing of the wait: busy too, meanwhile.
    const other = opener?.matches(UPDATE_BUTTON) && !opener.hasAttribute('aria-busy') ? opener : null;
    other?.setAttribute('aria-busy', 'true');
    try {
      const module = await dialogChunk.load();
      return (this.#dialogCode ??= new module.PaymentMethodDialog(this, this.#ctx));
    } catch {
      this.problem = this.#i18n.term('error.network');
      return undefined;
    } finally {
      this.loadingDialog = false;
      other?.removeAttribute('aria-busy');
    }
  }

  /** Opens the dialog (for `subscription`, or the default method) once its code is here; `opener` gets focus back. */
  async #openDialog(subscription: string | undefined, opener: HTMLElement | null, added?: { method: PaymentMethod; owing?: Owing }): Promise<void> {
    const code = this.#dialogCode ?? (await this.#loadDialog(opener));
    if (!code || !this.isConnected) return;
    this.dialogSubscription = subscription;
    this.notice = code.reset(subscription, added);
    this.error = '';
    if (this.busy === 'setup') this.busy = undefined;
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

  /** The customer heads for another element's way into the dialog (pointer over, or focus on, it): fetch its code now. */
  #headingForUpdate = (event: Event) => {
    if (!this.#dialogCode && event.composedPath().some((node) => node instanceof Element && node.matches(UPDATE_BUTTON))) prefetch();
  };

  #close = () => {
    const dialog = this.#dialog;
    if (dialog?.open) dialog.close();
    else this.#onClose();
  };

  #onClose = () => {
    if (!this.open) return;
    const opener = this.#opener;
    this.#dialogCode?.closed();
    this.open = false;
    this.#opener = undefined;
    void this.updateComplete.then(() => {
      if (opener?.isConnected && opener.getClientRects().length > 0) opener.focus();
      else this.renderRoot.querySelector<HTMLElement>('[part~="edit"]')?.focus();
    });
  };

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
    prefetch(); // the dialog opens once the lists are read again
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
    const pm = this.#methodList.find((m) => m.id === id);
    if (!pm) {
      this.problem = this.#i18n.term('paymentMethod.addedMissing');
      return;
    }
    // Added for an on-hold subscription: the setup made it that subscription's method; paying is the next step.
    const owing = this.#subList.find((s): s is Owing => s.payment_method?.id === pm.id && owes(s));
    const forSub = owing?.id ?? (this.subscription && pm.used_by.includes(this.subscription) ? this.subscription : undefined);
    emit(this, 'portal-payment-method-updated', { payment_method: pm, change: 'added', subscription: this.#sub(forSub) });
    void this.#openDialog(forSub ?? this.subscription, null, { method: pm, owing });
  }

  // ── Actions (the dialog's own are in dialog.ts) ─────────────────────────────

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
}
