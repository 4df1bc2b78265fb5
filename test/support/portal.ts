/**
 * Browser-side helpers for component tests: a real session on the reference server,
 * and request counting through the Resource Timing API (no fetch stubbing).
 */
import { executeServerCommand } from '@web/test-runner-commands';

let apiBase: string | undefined;

export async function serverApiBase(): Promise<string> {
  apiBase ??= ((await executeServerCommand('portal-server')) as { apiBase: string }).apiBase;
  return apiBase;
}

/** A new portal session token for `customer`, from the merchant API. */
export async function sessionToken(customer = 'cus_demo'): Promise<string> {
  return ((await executeServerCommand('portal-session', { customer })) as { token: string }).token;
}

/** How many requests the page made to URLs starting with `prefix` (and matching `path`, if given). */
export function requestsTo(prefix: string, path?: RegExp): number {
  return performance
    .getEntriesByType('resource')
    .filter((entry) => entry.name.startsWith(prefix) && (!path || path.test(new URL(entry.name).pathname))).length;
}
