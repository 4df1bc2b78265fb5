/**
 * What the payment-method element and its dialog share: the contract's types, what the
 * dialog needs from its element, and the few rules both apply. The dialog itself
 * (dialog.ts) is a chunk loaded when the customer first heads for it.
 */
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize.js';
import type { ResponseOf, Schemas } from '../../state/api-client.js';
import type { PortalStore } from '../../state/store.js';

export type PaymentMethod = Schemas['PaymentMethod'];
export type PaymentMethodList = ResponseOf<'/v1/payment-methods', 'get'>;
export type Subscription = Schemas['Subscription'];
export type SubscriptionList = ResponseOf<'/v1/subscriptions', 'get'>;

/** What runs, one at a time: the dialog's actions, and adding a method (also from the summary). */
export type Action = 'default' | 'remove' | 'use' | 'pay' | 'setup';

/** A subscription with an invoice that setting its method pays. */
export type Owing = Subscription & { outstanding: NonNullable<Subscription['outstanding']> };

/** Statuses in which the outstanding invoice is charged when the payment method is set. */
const UNPAID = new Set(['on_hold', 'past_due']);

/** Whether `sub` has an invoice that setting its method pays. */
export const owes = (sub: Subscription | undefined): sub is Owing => Boolean(sub && UNPAID.has(sub.status) && sub.outstanding);

/** The name that tells one subscription from another: the price's nickname, else the product's name. */
export const subscriptionName = (sub: Pick<Subscription, 'price' | 'product'>) => sub.price.nickname ?? sub.product.name;

/** What the dialog needs from its element. */
export interface DialogContext {
  readonly i18n: LocalizeController;
  store(): PortalStore | undefined;
  /** The customer's saved methods, and subscriptions, as the element shows them. */
  methods(): PaymentMethod[];
  subscriptions(): Subscription[];
  /** The line a customer recognises a method by ("Visa ending in 4242"), and the second line. */
  name(pm: PaymentMethod): string;
  detail(pm: PaymentMethod): string;
  /** "Expired" / "Expires soon". */
  flags(pm: PaymentMethod): TemplateResult;
  /** The subscription the dialog is about; none: the default method. */
  readonly subscription: string | undefined;
  readonly open: boolean;
  /** The element's state the dialog shares: the action running, the dialog's notice and its error. */
  busy: Action | undefined;
  notice: string;
  error: string;
  /** Starts `action` unless one runs (false, with the offline message, when actions are paused). */
  begin(action: Action): boolean;
  /** What to tell the customer about a failed request. */
  errorText(error: unknown): string;
  /** Leaves for the provider's hosted page to add a method. */
  addNew(): void;
  /** Says an outcome in the element's live region (outside the dialog). */
  announce(message: string): void;
  /** Says a problem outside the dialog, as an alert. */
  alert(message: string): void;
  /** Closes the dialog (focus goes back to its opener). */
  close(): void;
  /** A session's `payment_method_update` flow is done: back to its return URL, if it has one. */
  flowRedirect(): void;
}

export type { ChunkHost as DialogHost } from '../../themes/adopt-later.js';
