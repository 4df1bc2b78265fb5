import { PortalApp } from '../components/portal-app/portal-app.js';
import { defineElement } from './define.js';
import './portal-session.js';
import './portal-subscriptions.js';
import './portal-payment-method.js';
import './portal-invoices.js';
import './portal-profile.js';
import './portal-license-keys.js';

export { PortalApp };
defineElement('portal-app', PortalApp);

declare global {
  interface HTMLElementTagNameMap {
    'portal-app': PortalApp;
  }
}
