import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { LocalizeController, type ElementStrings } from '../../i18n/localize.js';
import invoices from '../../i18n/en/invoices.js';
import { onBundle } from '../../i18n/registry.js';
import type { Invoice, InvoiceStatus } from '../../state/api-client.js';
import type { PortalError } from '../../state/errors.js';
import { takeFragmentReturn } from '../../state/fragment.js';
import { ResourceController } from '../../state/resource-controller.js';
import { PagedResource, type PageState } from '../../state/resource.js';
import { sessionContext } from '../../state/session-context.js';
import { INVOICE_PAGE_SIZE, type PortalStore } from '../../state/store.js';
import { linkOrigins, safeHttpUrl } from '../../state/urls.js';
import { controls } from '../../themes/controls.js';
import { skeleton } from '../../themes/skeleton.js';
import { tokens } from '../../themes/tokens.js';
import { styles } from './portal-invoices.styles.js';

/** The statuses a customer can filter by (drafts are the merchant's business). */
export type InvoiceFilter = 'all' | Extract<InvoiceStatus, 'paid' | 'open' | 'void' | 'uncollectible'>;
const FILTERS: readonly InvoiceFilter[] = ['all', 'paid', 'open', 'void', 'uncollectible'];

/** The fewest rows the window keeps: two pages, so "Show more" never empties the table. */
const MIN_ROWS = 2 * INVOICE_PAGE_SIZE;

/**
 * What a row shows besides its invoice: the language, the wording (its revision), the
 * origins links may go to, and where Pay returns to. Rows are re-rendered only when the
 * invoice object or one of these changes, so "Show more" renders only the new page.
 */
interface RowContext {
  /** All of it in one string: a new context (and every row rendered again) only when it changes. */
  key: string;
  links: ReadonlySet<string>;
  here: string | undefined;
}

/** Runs `callback` in a task after the next frame has been painted. */
function afterNextPaint(callback: () => void): void {
  requestAnimationFrame(() => setTimeout(callback));
}

/** The page's own address without its fragment: where the hosted pay page sends the customer back. */
function currentPageUrl(): string | undefined {
  const location = globalThis.location;
  if (!location || !/^https?:$/.test(location.protocol)) return undefined;
  const url = new URL(location.href);
  url.hash = '';
  return url.href;
}

/**
 * The customer's whole invoice history, newest first: number, date, amount in the
 * invoice's own currency, status, what it was for, a PDF download, and for open
 * invoices a Pay link to the provider's hosted pay page that returns to this page.
 * A status filter (All, Paid, Open, Void, Uncollectible) asks the server for that list.
 *
 * Paging: "Show more invoices" appends the next page, by cursor. A customer looking
 * back through their history reads it as one continuous list, which numbered pages
 * would break up (and a cursor API cannot jump to page 37 anyway). So that a history
 * of 10,000 invoices never sits in memory or in the page, at most `max-rows` rows are
 * kept: once more are loaded the newest-loaded rows at the top are let go, the table
 * says which stretch it shows ("Showing invoices 201–400") and "Back to newest" returns
 * to the top with one request. Looking for one old invoice, the status filter is the
 * quicker way.
 *
 * Back from paying (`#portal_paid=<invoice id>` in the address), it takes the marker out
 * of the address bar, reads the invoices again and, once the server says the invoice is
 * paid, says so.
 *
 * Customers billed without subscriptions (one-off invoices) see the same complete list.
 * Place it inside a `<portal-session>`; every `<portal-invoices>` of one session shares
 * one request for the unfiltered list.
 *
 * @summary Invoice history with status filter, PDF downloads and Pay links.
 * @slot empty - What to show when there is nothing to list (the kit's own message otherwise).
 * @csspart title - The heading.
 * @csspart filter - The status filter's `<select>`.
 * @csspart table - The invoice table.
 * @csspart row - One invoice's row.
 * @csspart status - An invoice's status badge.
 * @csspart pay - An open invoice's Pay link.
 * @csspart download - An invoice's PDF link.
 * @csspart window - The "Showing invoices 201–400" line, once the newest rows were let go.
 * @csspart newest - Its "Back to newest" button.
 * @csspart more - The "Show more invoices" button.
 * @csspart notice - The "Invoice … paid" confirmation.
 * @csspart message - The empty, signed-out or error message.
 * @csspart retry - The "Try again" button.
 * @cssprop [--portal-color-brand=#4f46e5] - Links, buttons and the focus ring.
 * @cssprop [--portal-color-brand-text] - Brand-coloured text (links) and the focus ring; defaults to the brand when it is readable on the surface, else the text colour.
 * @cssprop [--portal-color-surface=#ffffff] - The table's background.
 * @cssprop [--portal-color-text=#1a1c22] - Text.
 * @cssprop [--portal-color-text-muted=#575d69] - Secondary text.
 * @cssprop [--portal-color-border=#dcdfe5] - Rules between rows.
 * @cssprop [--portal-radius=8px] - Corner radius.
 * @cssprop [--portal-font-family=system-ui] - Font family.
 * @cssprop [--portal-invoices-row-bg=var(--portal-color-surface)] - The rows' background.
 */
export class PortalInvoices extends LitElement {
  static override styles = [tokens, skeleton, controls, styles];
  /** The string namespaces it shows, with their English (other languages load lazily). */
  static i18n: ElementStrings = { invoices };

  @consume({ context: sessionContext, subscribe: true })
  @state()
  protected store?: PortalStore;

  /**
   * The most invoice rows kept on the page (at least 40). Past it, "Show more" lets the
   * newest-loaded rows go. With several `<portal-invoices>` in one session, the unfiltered
   * list keeps the last one set.
   */
  @property({ type: Number, attribute: 'max-rows' }) maxRows = 200;

  /** The status shown: `all`, or only `paid`, `open`, `void` or `uncollectible` invoices. */
  @state() private filter: InvoiceFilter = 'all';

  /** What the live region says; set after each load the customer asked for. */
  @state() private announcement = '';
  /** The visible confirmation after returning from the hosted pay page. */
  @state() private paidNotice = '';
  /** "Back to newest" is loading the first page. */
  @state() private returning = false;

  readonly #i18n = new LocalizeController(this, () => this.store?.locale);
  /** The session's unfiltered list: always followed, so its refreshes (after a payment, say) reach a filtered list too. */
  readonly #all = new ResourceController<PageState<Invoice>>(this, () => this.store?.invoices);
  readonly #invoices = new ResourceController<PageState<Invoice>>(this, () => this.#current());
  /** The filtered list (this element's own), for the store and status it was made for. */
  #filtered?: { store: PortalStore; filter: InvoiceFilter; resource: PagedResource<Invoice>; generation: number };
  #focusRowAfterLoad?: number;
  /** An invoice the customer just paid on the hosted page, until the session can confirm it. */
  #paid?: string;
  /** Counts wording changes (a bundle arrived, `session.strings`, `registerTranslation`): rows render again on each. */
  #strings = 0;
  #unwatchStrings?: () => void;
  /** The last render's row context, kept while nothing in it changes (see `RowContext`). */
  #rowContext?: RowContext;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#takePaid();
    globalThis.addEventListener?.('hashchange', this.#takePaid);
    // The localize controller re-renders on each; this says the rows' wording may have changed too.
    this.#unwatchStrings = onBundle(() => this.#strings++);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.removeEventListener?.('hashchange', this.#takePaid);
    this.#unwatchStrings?.();
    this.#unwatchStrings = undefined;
    this.#strings++; // what changed while disconnected was not heard
    this.#filtered?.resource.dispose();
    this.#filtered = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const store = this.store;
    if ((changed as Map<PropertyKey, unknown>).has('store')) {
      this.announcement = '';
      this.paidNotice = '';
    }
    if (store) store.invoices.maxItems = this.#maxRows;
    // The unfiltered list started over with fresh data (a refresh after a payment, a renewal…): so does the filtered one.
    const filtered = this.#filtered;
    const all = this.#all.state;
    if (filtered && all && filtered.generation !== all.generation) {
      filtered.generation = all.generation;
      void filtered.resource.refresh();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const paid = this.#paid;
    const store = this.store;
    if (paid && store) {
      this.#paid = undefined;
      // After this update, not inside it: the read updates the element again.
      void Promise.resolve().then(() => this.#confirmPaid(store, paid));
    }
    if (this.#focusRowAfterLoad !== undefined) {
      const state = this.#invoices.state;
      if (state && !state.loadingMore && state.status === 'ready') {
        const row = this.renderRoot.querySelectorAll<HTMLElement>('tbody [data-row-head]')[this.#focusRowAfterLoad];
        this.#focusRowAfterLoad = undefined;
        // Once the new rows are painted: focusing now would force the table's layout inside
        // this task (the one that rendered them), ahead of the frame's own rendering.
        if (row) afterNextPaint(() => row.isConnected && row.focus());
      }
    }
  }

  get #maxRows(): number {
    return Number.isFinite(this.maxRows) ? Math.max(MIN_ROWS, Math.floor(this.maxRows)) : MIN_ROWS;
  }

  /** The list shown: the session's for `all`, else this element's filtered list (made on first use). */
  #current(): PagedResource<Invoice> | undefined {
    const store = this.store;
    if (!store) return undefined;
    const filtered = this.#filtered;
    if (this.filter === 'all') {
      filtered?.resource.dispose();
      this.#filtered = undefined;
      return store.invoices;
    }
    if (filtered?.store === store && filtered.filter === this.filter) return filtered.resource;
    filtered?.resource.dispose();
    const status = this.filter;
    const resource = new PagedResource<Invoice>(
      async (cursor, signal) => {
        try {
          const list = await store.client.call('get', '/v1/invoices', {
            query: { limit: INVOICE_PAGE_SIZE, starting_after: cursor ?? undefined, status },
            signal,
          });
          return { items: list.data, hasMore: list.has_more, cursor: list.next_cursor };
        } catch (error) {
          // A session that ended ends everywhere: the session's own read hears it and tells <portal-session>.
          const kind = (error as PortalError).kind;
          if (kind === 'expired' || kind === 'unauthenticated') void store.bootstrap.refresh();
          throw error;
        }
      },
      { maxItems: this.#maxRows },
    );
    this.#filtered = { store, filter: status, resource, generation: store.invoices.state.generation };
    return resource;
  }

  protected override render() {
    const t = this.#i18n;
    const state = this.#invoices.state;
    return html`
      <section aria-labelledby="title">
        <div class="header">
          <h2 id="title" part="title">${t.term('invoices.title')}</h2>
          ${state && this.#showFilter(state) ? this.#renderFilter() : nothing}
        </div>
        ${this.paidNotice ? html`<p part="notice" class="notice">${this.paidNotice}</p>` : nothing}
        ${state ? this.#renderState(state) : html`<p part="message" class="message">${t.term('invoices.signedOut')}</p>`}
        <p class="visually-hidden" role="status">${this.announcement}</p>
      </section>
    `;
  }

  /** The filter shows once there is something to filter (or a filter is on, so it can be taken off). */
  #showFilter(state: PageState<Invoice>): boolean {
    if (this.filter !== 'all') return true;
    return state.status === 'ready' && (state.items.length > 0 || state.offset > 0);
  }

  #renderFilter() {
    const t = this.#i18n;
    return html`
      <div class="filter">
        <label for="filter">${t.term('invoices.filter')}</label>
        <select id="filter" part="filter" @change=${this.#onFilter}>
          ${FILTERS.map(
            (filter) =>
              html`<option value=${filter} ?selected=${filter === this.filter}>
                ${filter === 'all' ? t.term('invoices.filter.all') : t.term(`invoices.status.${filter}` as const)}
              </option>`,
          )}
        </select>
      </div>
    `;
  }

  #renderState(state: PageState<Invoice>) {
    const t = this.#i18n;
    if (state.status === 'idle' || state.status === 'loading') return this.#renderSkeleton();
    if (state.status === 'error') return this.#renderError(state.error);
    if (state.items.length === 0) {
      const empty = this.filter === 'all' ? t.term('invoices.empty') : t.term('invoices.filterEmpty', this.filter);
      // The merchant may put their own empty state in the "empty" slot (for the unfiltered history).
      return this.filter === 'all'
        ? html`<slot name="empty"><p part="message" class="message">${empty}</p></slot>`
        : html`<p part="message" class="message">${empty}</p>`;
    }
    const context = this.#currentRowContext();
    return html`
      ${state.offset > 0 ? this.#renderWindow(state) : nothing}
      <div class="scroller" role="region" aria-labelledby="caption" tabindex="0">
        <!-- Explicit roles keep the table's semantics when narrow layouts restyle its rows. -->
        <table part="table" role="table">
          <caption id="caption" class="visually-hidden">${t.term('invoices.caption')}</caption>
          <thead role="rowgroup">
            <tr role="row">
              <th role="columnheader" scope="col">${t.term('invoices.column.number')}</th>
              <th role="columnheader" scope="col">${t.term('invoices.column.date')}</th>
              <th role="columnheader" scope="col" class="amount">${t.term('invoices.column.amount')}</th>
              <th role="columnheader" scope="col">${t.term('invoices.column.status')}</th>
              <th role="columnheader" scope="col">${t.term('invoices.column.description')}</th>
              <th role="columnheader" scope="col"><span class="visually-hidden">${t.term('invoices.column.actions')}</span></th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            ${repeat(
              state.items,
              (invoice) => invoice.id,
              // A row already shown, for the same invoice object and context, is left as it is.
              (invoice) => guard([invoice, context], () => this.#renderRow(invoice, context)),
            )}
          </tbody>
        </table>
      </div>
      ${state.error ? this.#renderError(state.error) : nothing}
      ${state.hasMore
        ? html`<button
            part="more"
            class="more"
            type="button"
            aria-disabled=${state.loadingMore ? 'true' : 'false'}
            @click=${this.#loadMore}
          >
            ${state.loadingMore ? t.term('invoices.loadingMore') : t.term('invoices.more')}
          </button>`
        : nothing}
    `;
  }

  #renderWindow(state: PageState<Invoice>) {
    const t = this.#i18n;
    const first = t.number(state.offset + 1);
    const last = t.number(state.offset + state.items.length);
    return html`
      <p part="window" class="window">
        <span>${t.term('invoices.window', first, last)}</span>
        <button
          part="newest"
          type="button"
          aria-disabled=${this.returning ? 'true' : 'false'}
          aria-busy=${this.returning ? 'true' : 'false'}
          @click=${this.#backToNewest}
        >
          ${t.term('invoices.newest')}
        </button>
      </p>
    `;
  }

  /** This render's row context: the previous one while nothing in it changed, so rows' guards hold. */
  #currentRowContext(): RowContext {
    const links = linkOrigins(this.store); // once for every row's PDF and Pay links
    const here = currentPageUrl();
    const key = [this.#i18n.lang, this.#strings, [...links].join(' '), here ?? ''].join('\n');
    if (this.#rowContext?.key !== key) this.#rowContext = { key, links, here };
    return this.#rowContext;
  }

  #renderRow(invoice: Invoice, { links, here }: RowContext) {
    const t = this.#i18n;
    const pdf = safeHttpUrl(invoice.pdf_url, links);
    const pay = invoice.status === 'open' ? this.#payUrl(invoice, links, here) : undefined;
    return html`
      <tr part="row" role="row">
        <th role="rowheader" scope="row" class="number" data-row-head tabindex="-1">${invoice.number}</th>
        <td role="cell" class="date"><time datetime=${invoice.created_at}>${t.date(invoice.created_at)}</time></td>
        <td role="cell" class="amount">${t.money(invoice.total, invoice.currency)}</td>
        <td role="cell" class="state">
          <span part="status" class="status" data-status=${invoice.status}
            >${t.term(`invoices.status.${invoice.status}` as const)}</span
          >
        </td>
        <td role="cell" class="description">${invoice.description ?? ''}</td>
        <td role="cell" class="actions">
          ${pay
            ? html`<a
                part="pay"
                class="pay"
                href=${pay}
                aria-label=${t.term('invoices.pay.label', invoice.number, t.money(invoice.amount_due, invoice.currency))}
                >${t.term('invoices.pay')}</a
              >`
            : nothing}
          ${pdf
            ? html`<a part="download" href=${pdf} download aria-label=${t.term('invoices.download.label', invoice.number)}
                >${t.term('invoices.download')}</a
              >`
            : nothing}
        </td>
      </tr>
    `;
  }

  /** The hosted pay page, told to send the customer back to this page (the server checks the origin). */
  #payUrl(invoice: Invoice, links: ReadonlySet<string>, here: string | undefined): string | undefined {
    const hosted = safeHttpUrl(invoice.hosted_invoice_url, links);
    if (!hosted) return undefined;
    if (!here) return hosted;
    const url = new URL(hosted);
    url.searchParams.set('return_url', here);
    return url.href;
  }

  #renderSkeleton() {
    return html`
      <div class="skeleton" aria-busy="true">
        <span class="visually-hidden">${this.#i18n.term('invoices.loading')}</span>
        ${[0, 1, 2, 3, 4].map(() => html`<div class="bone" aria-hidden="true"></div>`)}
      </div>
    `;
  }

  #renderError(error: PortalError | undefined) {
    const t = this.#i18n;
    const message = t.errorMessage(error);
    const canRetry = error?.kind !== 'expired' && error?.kind !== 'unauthenticated';
    return html`
      <div part="message" class="message error" role="alert">
        <span>${message}</span>
        ${canRetry
          ? html`<button part="retry" type="button" class="retry" @click=${this.#retry}>${t.term('action.retry')}</button>`
          : nothing}
      </div>
    `;
  }

  #retry = () => {
    const invoices = this.#current();
    if (!invoices) return;
    void (invoices.state.status === 'error' ? invoices.reload() : this.#loadMore());
  };

  #onFilter = async (event: Event) => {
    const filter = (event.target as HTMLSelectElement).value as InvoiceFilter;
    if (filter === this.filter || !FILTERS.includes(filter)) return;
    this.filter = filter;
    this.announcement = '';
    const invoices = this.#current();
    if (!invoices) return;
    // One request per change: a new filtered list loads its first page; "All" reads the newest page again.
    await invoices.reload();
    if (this.filter !== filter) return; // changed again meanwhile
    this.#announce(invoices.state, filter);
  };

  #announce(state: PageState<Invoice>, filter: InvoiceFilter): void {
    const t = this.#i18n;
    if (state.status !== 'ready' || state.error) return; // the alert speaks
    const count = state.items.length;
    if (count === 0) this.announcement = filter === 'all' ? t.term('invoices.empty') : t.term('invoices.filterEmpty', filter);
    else if (filter === 'all') this.announcement = t.term('invoices.loaded', count, state.hasMore);
    else this.announcement = t.term('invoices.filtered', filter, count, state.hasMore);
  }

  #loadMore = async () => {
    const invoices = this.#current();
    if (!invoices || invoices.state.loadingMore) return;
    const before = invoices.state;
    await invoices.loadMore();
    const after = invoices.state;
    const firstNew = before.offset + before.items.length - after.offset;
    if (after !== before && !after.error && firstNew < after.items.length) {
      const t = this.#i18n;
      this.#focusRowAfterLoad = firstNew;
      this.announcement =
        after.offset > 0
          ? t.term('invoices.windowLoaded', t.number(after.offset + 1), t.number(after.offset + after.items.length), after.hasMore)
          : t.term('invoices.loaded', after.items.length, after.hasMore);
      this.requestUpdate();
    }
  };

  #backToNewest = async () => {
    const invoices = this.#current();
    if (!invoices || this.returning) return;
    this.returning = true;
    try {
      await invoices.reload();
    } finally {
      this.returning = false;
    }
    if (invoices.state.offset === 0 && !invoices.state.error) {
      this.#focusRowAfterLoad = 0;
      this.announcement = this.#i18n.term('invoices.newestShown');
    }
  };

  #takePaid = () => {
    const paid = takeFragmentReturn('portal_paid');
    if (!paid) return;
    this.#paid = paid;
    this.requestUpdate();
  };

  /** Reads the invoices again (one request, shared with a first load in flight) and confirms what the server says. */
  async #confirmPaid(store: PortalStore, id: string): Promise<void> {
    const all = store.invoices;
    await all.reload();
    if (this.store !== store) return;
    const invoice = all.state.items.find((i) => i.id === id);
    if (invoice?.status !== 'paid') return; // never claim what the server has not confirmed
    const message = this.#i18n.term('invoices.paid', invoice.number);
    this.paidNotice = message;
    this.announcement = message;
  }
}
