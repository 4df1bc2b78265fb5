/** The whole contract; see common.ts for its conventions. */
export * from './common.js';
export * from './sessions.js';
export * from './invoices.js';
