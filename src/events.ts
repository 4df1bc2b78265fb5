/**
 * The kit's DOM events: typed, `portal-` prefixed, bubbling and composed (they cross
 * shadow roots), so a merchant listens on any ancestor, or on `document`:
 *
 *   document.addEventListener('portal-session-expired', (e) => e.detail.reason);
 *
 * Elements add their own events to `PortalEventDetails` as they are built.
 */
import type { PortalError } from './state/errors.js';
import type { Schemas } from './state/api-client.js';

export interface PortalEventDetails {
  /** The session is usable: the customer is known. */
  'portal-session-ready': { customer: string; renewed: boolean };
  /** The session ended; the customer's data was cleared from every element. */
  'portal-session-expired': { reason: 'expired' | 'revoked' | 'invalid_link' | 'logged_out' };
  /** `<portal-login>` asked for a sign-in link (sent if the email is known). */
  'portal-login-requested': { email: string };
  /** An action or a load failed; `error.kind` says how, `error.message` what the server said. */
  'portal-error': { error: PortalError; action?: string };
  /** `<portal-subscriptions>`: a subscription was canceled, now or at period end. */
  'portal-subscription-canceled': { subscription: Schemas['Subscription'] };
  /** `<portal-subscriptions>`: a subscription's plan, quantity or discount changed. */
  'portal-subscription-updated': { subscription: Schemas['Subscription'] };
  /** `<portal-subscriptions>`: a subscription was paused. */
  'portal-subscription-paused': { subscription: Schemas['Subscription'] };
  /** `<portal-subscriptions>`: a paused subscription resumed, or a scheduled cancellation was undone. */
  'portal-subscription-resumed': { subscription: Schemas['Subscription'] };
  /** `<portal-subscriptions>`: the customer accepted a retention offer instead of canceling. */
  'portal-retention-offer-accepted': { subscription: Schemas['Subscription'] };
  /**
   * `<portal-subscriptions>`: the customer asked to update the payment method of an on-hold
   * or past-due subscription. Cancelable: the element that opens the update calls preventDefault().
   */
  'portal-payment-method-update-requested': { subscription: Schemas['Subscription'] };
  /**
   * `<portal-payment-method>`: a method was made the default, chosen for a subscription,
   * added or removed. `payment_method` is the method concerned; `subscription` is set when
   * the change was for one subscription.
   */
  'portal-payment-method-updated': {
    payment_method: Schemas['PaymentMethod'];
    change: 'default' | 'subscription' | 'added' | 'removed';
    subscription?: Schemas['Subscription'];
  };
  /** `<portal-payment-method>`: an on-hold or past-due subscription was paid and is active again; `invoice` is the receipt. */
  'portal-subscription-reactivated': { subscription: Schemas['Subscription']; invoice: Schemas['Invoice'] };
  /** `<portal-profile>`: the customer saved their details; `customer` is the profile the server stored. */
  'portal-profile-updated': { customer: Schemas['CustomerProfile'] };
  /** `<portal-license-keys>`: a license key was copied to the clipboard (the key itself is not in the event). */
  'portal-license-key-copied': { license_key: string };
}

export type PortalEventName = keyof PortalEventDetails;
export type PortalEvent<K extends PortalEventName> = CustomEvent<PortalEventDetails[K]>;

/** Dispatches a portal event from `target`; returns false when a listener canceled it. */
export function emit<K extends PortalEventName>(target: EventTarget, type: K, detail: PortalEventDetails[K], cancelable = false): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
}

declare global {
  interface GlobalEventHandlersEventMap {
    'portal-session-ready': PortalEvent<'portal-session-ready'>;
    'portal-session-expired': PortalEvent<'portal-session-expired'>;
    'portal-login-requested': PortalEvent<'portal-login-requested'>;
    'portal-error': PortalEvent<'portal-error'>;
    'portal-subscription-canceled': PortalEvent<'portal-subscription-canceled'>;
    'portal-subscription-updated': PortalEvent<'portal-subscription-updated'>;
    'portal-subscription-paused': PortalEvent<'portal-subscription-paused'>;
    'portal-subscription-resumed': PortalEvent<'portal-subscription-resumed'>;
    'portal-retention-offer-accepted': PortalEvent<'portal-retention-offer-accepted'>;
    'portal-payment-method-update-requested': PortalEvent<'portal-payment-method-update-requested'>;
    'portal-payment-method-updated': PortalEvent<'portal-payment-method-updated'>;
    'portal-subscription-reactivated': PortalEvent<'portal-subscription-reactivated'>;
    'portal-profile-updated': PortalEvent<'portal-profile-updated'>;
    'portal-license-key-copied': PortalEvent<'portal-license-key-copied'>;
  }
}
