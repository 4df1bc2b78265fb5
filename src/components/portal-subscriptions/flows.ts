/**
 * The subscription element's dialogs — cancel (with retention), change plan or seats,
 * pause — with their English: one chunk, loaded when the customer first heads for an
 * action (hover, focus or press), not with the page. See `PortalSubscriptions`.
 */
import subscriptionFlows from '../../i18n/en/subscriptionFlows.js';
import { addEnglish } from '../../i18n/registry.js';

addEnglish(subscriptionFlows);

export { CancelFlow } from './cancel-flow.js';
export { ChangePlanFlow } from './change-plan-flow.js';
export { PauseFlow } from './pause-flow.js';
