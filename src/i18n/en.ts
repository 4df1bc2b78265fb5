/**
 * English, every namespace: the reference other locales are typed against (a missing key
 * or a wrong placeholder fails the typecheck), and the server's and tests' English. A term
 * is a string, or a function of its parameters for plurals and interpolation.
 *
 * The kit itself never imports this object: each element carries the English of the
 * namespaces it shows (`static i18n = { invoices }`, from `en/<namespace>.ts`) and
 * `common` comes with the registry, so a page ships only the English it shows.
 */
import common from './en/common.js';
import email from './en/email.js';
import invoices from './en/invoices.js';
import licenseKeys from './en/licenseKeys.js';
import paymentMethod from './en/paymentMethod.js';
import paymentMethodDialog from './en/paymentMethodDialog.js';
import profile from './en/profile.js';
import profileForm from './en/profileForm.js';
import subscriptionFlows from './en/subscriptionFlows.js';
import subscriptions from './en/subscriptions.js';

/** English by namespace. */
export const english = { common, invoices, subscriptions, subscriptionFlows, paymentMethod, paymentMethodDialog, profile, profileForm, licenseKeys, email };

export const en = { ...common, ...invoices, ...subscriptions, ...subscriptionFlows, ...paymentMethod, ...paymentMethodDialog, ...profile, ...profileForm, ...licenseKeys, ...email };

export type Strings = typeof en;
export type TermKey = keyof Strings;
export type TermArgs<K extends TermKey> = Strings[K] extends (...args: infer A) => string ? A : [];
