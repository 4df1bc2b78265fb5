/**
 * Every route module of the portal API, in registration order. A new area of the API
 * is a new file in this folder and one line here.
 */
import type { RouteModule } from '../http.js';
import { invoiceRoutes } from './invoices.js';
import { portalSessionRoutes } from './portal-sessions.js';

export const routeModules: RouteModule[] = [portalSessionRoutes, invoiceRoutes];
