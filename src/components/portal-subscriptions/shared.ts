/**
 * What the subscription element and its flows (cancel, change plan, pause) share: the
 * contract's types, what a flow needs from its element, and the customer's words for a
 * failure. (The subscriptions and plans are the store's: `store.subscriptions`, `store.plans`.)
 * The flows' own base, `DialogFlow`, is in dialog-flow.ts, loaded with them.
 */
import type { ReactiveControllerHost } from 'lit';
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

/** What to tell the customer about a failed action: the server's own words for a refused request. */
export function errorText(t: LocalizeController, error: unknown): string {
  if (error instanceof PortalError) {
    if (error.details.code === 'card_declined' || error.details.code === 'payment_method_missing') return error.message;
    if (error.kind === 'validation' || error.kind === 'conflict' || error.kind === 'not_found') return error.message;
    return t.errorMessage(error);
  }
  return t.errorMessage(undefined);
}
