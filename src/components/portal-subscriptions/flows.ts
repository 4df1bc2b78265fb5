/**
 * The subscription element's dialogs — cancel (with retention), change plan or seats,
 * pause — with their styles and English: one chunk, loaded when the customer first heads
 * for an action (hover, focus or press), not with the page. See `PortalSubscriptions`,
 * which adds `english` to the strings and `styles` to its shadow root when the chunk
 * arrives (no module side effects: the package is marked side-effect free).
 */
export { default as english } from '../../i18n/en/subscriptionFlows.js';
export { styles } from './flows.styles.js';
export { CancelFlow } from './cancel-flow.js';
export { ChangePlanFlow } from './change-plan-flow.js';
export { PauseFlow } from './pause-flow.js';
