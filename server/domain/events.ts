/**
 * Webhook events: every customer action is recorded here, in the same transaction as
 * the change, and delivered to PORTAL_WEBHOOK_URL by the delivery worker from this
 * durable queue (at least once; each event has a unique id).
 */
import type { Database } from '../db/database.js';
import { newId } from '../tokens.js';

export type EventType =
  | 'subscription.canceled'
  | 'subscription.cancellation_scheduled'
  | 'subscription.cancellation_undone'
  | 'subscription.updated'
  | 'subscription.paused'
  | 'subscription.resumed'
  | 'subscription.reactivated'
  | 'subscription.retention_offer_accepted'
  | 'payment_method.attached'
  | 'payment_method.detached'
  | 'payment_method.default_changed'
  | 'invoice.paid'
  | 'invoice.payment_failed'
  | 'customer.updated';

export interface PortalEvent {
  id: string;
  type: EventType;
  created_at: string;
  data: { object: Record<string, unknown>; customer: string | null; [key: string]: unknown };
}

/** Records an event for delivery. Call it with the transaction that made the change. */
export async function enqueueEvent(
  db: Database,
  now: number,
  type: EventType,
  customerId: string | null,
  data: Record<string, unknown>,
): Promise<string> {
  const id = newId('evt');
  const event: PortalEvent = {
    id,
    type,
    created_at: new Date(now).toISOString(),
    data: { customer: customerId, object: {}, ...data } as PortalEvent['data'],
  };
  await db.run(
    `INSERT INTO events (id, type, customer_id, payload, created_at, attempts, next_attempt_at)
     VALUES ($1, $2, $3, $4, $5, 0, $5)`,
    [id, type, customerId, JSON.stringify(event), now],
  );
  return id;
}
