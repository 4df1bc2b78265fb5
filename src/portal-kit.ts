/** Every element, registered: the entry of the self-contained `dist/portal-kit.js`. */
// Every element's English side by side, ahead of the elements (which would each pull in
// their own): gzip then finds what the namespaces share. (The subscription dialogs' English
// comes with their code, a chunk loaded on first use.)
import './i18n/en/common.js';
import './i18n/en/invoices.js';
import './i18n/en/subscriptions.js';
import './i18n/en/paymentMethod.js';
import './i18n/en/profile.js';
import './i18n/en/licenseKeys.js';
export * from './index.js';
import './define/portal-session.js';
import './define/portal-invoices.js';
import './define/portal-profile.js';
import './define/portal-license-keys.js';
import './define/portal-login.js';
import './define/portal-subscriptions.js';
import './define/portal-payment-method.js';
import './define/portal-app.js';
