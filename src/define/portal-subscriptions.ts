import { PortalSubscriptions } from '../components/portal-subscriptions/portal-subscriptions.js';
import { defineElement } from './define.js';

export { PortalSubscriptions };
defineElement('portal-subscriptions', PortalSubscriptions);

declare global {
  interface HTMLElementTagNameMap {
    'portal-subscriptions': PortalSubscriptions;
  }
}
