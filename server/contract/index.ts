/** The whole contract; see common.ts for its conventions. */
export * from './common.js';
export * from './sessions.js';
export * from './invoices.js';
export * from './configuration.js';
export * from './auth.js';
export * from './bootstrap.js';
export * from './payment-methods.js';
export * from './customer.js';
export * from './license-keys.js';
export * from './subscriptions.js';
