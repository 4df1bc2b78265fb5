import { PortalSession } from '../components/portal-session/portal-session.js';
import { defineElement } from './define.js';

export { PortalSession };
defineElement('portal-session', PortalSession);

declare global {
  interface HTMLElementTagNameMap {
    'portal-session': PortalSession;
  }
}
