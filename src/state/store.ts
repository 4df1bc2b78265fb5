/**
 * The shared store of one portal session: it owns the API client and every resource.
 * Elements read from it through the session context and never build a URL.
 */
import { PortalApiClient, type ApiClientOptions, type Invoice } from './api-client.js';
import { PagedResource } from './resource.js';

export const INVOICE_PAGE_SIZE = 20;

export class PortalStore {
  readonly client: PortalApiClient;
  /** The session's locale, when the merchant or the server gave one. */
  readonly locale: string | undefined;
  #invoices?: PagedResource<Invoice>;

  constructor(options: ApiClientOptions & { locale?: string }) {
    this.client = new PortalApiClient(options);
    this.locale = options.locale || undefined;
  }

  /** The customer's invoice history, newest first, a page at a time. */
  get invoices(): PagedResource<Invoice> {
    this.#invoices ??= new PagedResource<Invoice>(async (cursor, signal) => {
      const list = await this.client.listInvoices({ limit: INVOICE_PAGE_SIZE, startingAfter: cursor ?? undefined, signal });
      return { items: list.data, hasMore: list.has_more, cursor: list.next_cursor };
    });
    return this.#invoices;
  }

  /** Ends this store: requests in flight are aborted. */
  dispose(): void {
    this.#invoices?.dispose();
  }
}
