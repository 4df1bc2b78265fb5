import { PortalLogin } from '../components/portal-login/portal-login.js';
import { defineElement } from './define.js';

export { PortalLogin };
defineElement('portal-login', PortalLogin);

declare global {
  interface HTMLElementTagNameMap {
    'portal-login': PortalLogin;
  }
}
