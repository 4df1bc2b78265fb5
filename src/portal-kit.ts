/** Every element, registered: the entry of the self-contained `dist/portal-kit.js`. */
export * from './index.js';
import './define/portal-session.js';
import './define/portal-invoices.js';
import './define/portal-profile.js';
import './define/portal-license-keys.js';
import './define/portal-login.js';
import './define/portal-subscriptions.js';
import './define/portal-payment-method.js';
import './define/portal-app.js';
