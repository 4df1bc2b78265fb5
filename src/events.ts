/**
 * The kit's DOM events: typed, `portal-` prefixed, bubbling and composed (they cross
 * shadow roots), so a merchant listens on any ancestor, or on `document`:
 *
 *   document.addEventListener('portal-session-expired', (e) => e.detail.reason);
 *
 * Elements add their own events to `PortalEventDetails` as they are built.
 */
import type { PortalError } from './state/errors.js';

export interface PortalEventDetails {
  /** The session is usable: the customer is known. */
  'portal-session-ready': { customer: string; renewed: boolean };
  /** The session ended; the customer's data was cleared from every element. */
  'portal-session-expired': { reason: 'expired' | 'revoked' | 'invalid_link' | 'logged_out' };
  /** `<portal-login>` asked for a sign-in link (sent if the email is known). */
  'portal-login-requested': { email: string };
  /** An action or a load failed; `error.kind` says how, `error.message` what the server said. */
  'portal-error': { error: PortalError; action?: string };
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
  }
}
