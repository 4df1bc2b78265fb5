/**
 * Every route module of the portal API, in registration order. A new area of the API
 * is a new file in this folder and one line here.
 */
import type { RouteModule } from '../http.js';
import { invoiceRoutes } from './invoices.js';
import { portalSessionRoutes } from './portal-sessions.js';
import { authRoutes } from './auth.js';
import { bootstrapRoutes } from './bootstrap.js';
import { configurationRoutes } from './configuration.js';
import { devRoutes } from './dev.js';
import { paymentMethodRoutes } from './payment-methods.js';
import { customerProfileRoutes } from './customer.js';
import { licenseKeyRoutes } from './license-keys.js';
import { hostedRoutes } from './hosted.js';
import { subscriptionRoutes } from './subscriptions.js';

export const routeModules: RouteModule[] = [portalSessionRoutes, invoiceRoutes, authRoutes, bootstrapRoutes, configurationRoutes, devRoutes, paymentMethodRoutes, customerProfileRoutes, licenseKeyRoutes, hostedRoutes, subscriptionRoutes];
