import { PortalSession } from '../components/portal-session/portal-session.js';
import { captureFragmentToken } from '../state/fragment.js';
import { defineElement } from './define.js';
import './portal-login.js'; // shown when a session ends or a link is not valid

export { PortalSession };
// A token in the address bar leaves it as soon as the kit loads, before other scripts read it.
captureFragmentToken();
defineElement('portal-session', PortalSession);

declare global {
  interface HTMLElementTagNameMap {
    'portal-session': PortalSession;
  }
}
