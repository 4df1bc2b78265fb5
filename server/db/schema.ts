/**
 * The schema, in the SQL that SQLite and PostgreSQL share: TEXT, BIGINT, INTEGER (0/1
 * for booleans), JSON as TEXT; timestamps as integer milliseconds since the epoch, money
 * as integer minor units. Each area of the API keeps its tables in a file of
 * server/db/schema/, listed here in creation order.
 *
 * Bump SCHEMA_VERSION when a table changes shape: a demo store of an older version is
 * set aside and created afresh on the next start (see migrateAndSeed).
 */
import { coreSchema } from './schema/core.js';
import { invoicesSchema } from './schema/invoices.js';
import { billingSchema } from './schema/billing.js';
import { platformSchema } from './schema/platform.js';
import { authSchema } from './schema/auth.js';
import { paymentsSchema } from './schema/payments.js';
import { idempotencySchema } from './schema/idempotency.js';
import { subscriptionsSchema } from './schema/subscriptions.js';

export const SCHEMA_VERSION = 4;

export const schemaParts: readonly string[] = [coreSchema, invoicesSchema, billingSchema, platformSchema, authSchema, paymentsSchema, idempotencySchema, subscriptionsSchema];
