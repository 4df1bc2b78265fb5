/**
 * portal-kit's classes and state layer. Importing this registers nothing: import
 * `portal-kit/portal-<name>.js` for one element, or load `portal-kit.js` for all.
 */
export { PortalSession } from './components/portal-session/portal-session.js';
export { PortalApp } from './components/portal-app/portal-app.js';
export { PortalInvoices } from './components/portal-invoices/portal-invoices.js';
export { PortalProfile } from './components/portal-profile/portal-profile.js';
export { PortalLicenseKeys } from './components/portal-license-keys/portal-license-keys.js';
export { PortalLogin } from './components/portal-login/portal-login.js';
export { PortalSubscriptions } from './components/portal-subscriptions/portal-subscriptions.js';
export { PortalPaymentMethod } from './components/portal-payment-method/portal-payment-method.js';
export { PortalApiClient, type ApiClientOptions, type Invoice, type InvoiceList, type InvoiceStatus, type Schemas } from './state/api-client.js';
export { PortalError, type PortalErrorKind } from './state/errors.js';
export { PortalStore, type ResourceKey, type Bootstrap } from './state/store.js';
export type { PortalEventDetails, PortalEventName, PortalEvent } from './events.js';
export { sessionContext } from './state/session-context.js';
export { defineElement } from './define/define.js';
export { registerTranslation } from './i18n/registry.js';
export { LOCALES, type Locale, type Translation, type PartialTranslation } from './i18n/locales.js';
