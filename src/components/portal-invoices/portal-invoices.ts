import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { repeat } from 'lit/directives/repeat.js';
import { LocalizeController } from '../../i18n/localize.js';
import type { Invoice } from '../../state/api-client.js';
import type { PortalError } from '../../state/errors.js';
import { ResourceController } from '../../state/resource-controller.js';
import type { PageState } from '../../state/resource.js';
import { sessionContext } from '../../state/session-context.js';
import type { PortalStore } from '../../state/store.js';
import { safeHttpUrl } from '../../state/urls.js';
import { tokens } from '../../themes/tokens.js';
import { styles } from './portal-invoices.styles.js';

/**
 * The customer's invoice history, newest first: number, date, amount in the invoice's
 * own currency, status and a PDF download, a page at a time.
 *
 * Place it inside a `<portal-session>`; every `<portal-invoices>` of one session shares
 * one request.
 *
 * @summary Invoice history with PDF downloads.
 * @csspart title - The heading.
 * @csspart table - The invoice table.
 * @csspart row - One invoice's row.
 * @csspart status - An invoice's status badge.
 * @csspart download - An invoice's PDF link.
 * @csspart more - The "Show more invoices" button.
 * @csspart message - The empty, signed-out or error message.
 * @csspart retry - The "Try again" button.
 * @cssprop [--portal-color-brand=#4f46e5] - Links, buttons and the focus ring.
 * @cssprop [--portal-color-surface=#ffffff] - The table's background.
 * @cssprop [--portal-color-text=#1a1c22] - Text.
 * @cssprop [--portal-color-text-muted=#575d69] - Secondary text.
 * @cssprop [--portal-color-border=#dcdfe5] - Rules between rows.
 * @cssprop [--portal-radius=8px] - Corner radius.
 * @cssprop [--portal-font-family=system-ui] - Font family.
 */
export class PortalInvoices extends LitElement {
  static override styles = [tokens, styles];

  @consume({ context: sessionContext, subscribe: true })
  @state()
  protected store?: PortalStore;

  /** What the live region says; set after each load the customer asked for. */
  @state() private announcement = '';

  readonly #i18n = new LocalizeController(this, () => this.store?.locale);
  readonly #invoices = new ResourceController<PageState<Invoice>>(this, () => this.store?.invoices);
  #focusRowAfterLoad?: number;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#focusRowAfterLoad !== undefined) {
      const state = this.#invoices.state;
      if (state && !state.loadingMore && state.status === 'ready') {
        const row = this.renderRoot.querySelectorAll<HTMLElement>('tbody [data-row-head]')[this.#focusRowAfterLoad];
        this.#focusRowAfterLoad = undefined;
        row?.focus();
      }
    }
  }

  protected override render() {
    const t = this.#i18n;
    const state = this.#invoices.state;
    return html`
      <section aria-labelledby="title">
        <h2 id="title" part="title">${t.term('invoices.title')}</h2>
        ${state ? this.#renderState(state) : html`<p part="message" class="message">${t.term('invoices.signedOut')}</p>`}
        <p class="visually-hidden" role="status">${this.announcement}</p>
      </section>
    `;
  }

  #renderState(state: PageState<Invoice>) {
    const t = this.#i18n;
    if (state.status === 'idle' || state.status === 'loading') return this.#renderSkeleton();
    if (state.status === 'error') return this.#renderError(state.error);
    if (state.items.length === 0) return html`<p part="message" class="message">${t.term('invoices.empty')}</p>`;
    return html`
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
              <th role="columnheader" scope="col"><span class="visually-hidden">${t.term('invoices.column.download')}</span></th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            ${repeat(state.items, (invoice) => invoice.id, (invoice) => this.#renderRow(invoice))}
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

  #renderRow(invoice: Invoice) {
    const t = this.#i18n;
    const pdf = safeHttpUrl(invoice.pdf_url);
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
        <td role="cell" class="download">
          ${pdf
            ? html`<a part="download" href=${pdf} download aria-label=${t.term('invoices.download.label', invoice.number)}
                >${t.term('invoices.download')}</a
              >`
            : nothing}
        </td>
      </tr>
    `;
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
    const invoices = this.store?.invoices;
    if (!invoices) return;
    void (invoices.state.status === 'error' ? invoices.reload() : this.#loadMore());
  };

  #loadMore = async () => {
    const invoices = this.store?.invoices;
    if (!invoices || invoices.state.loadingMore) return;
    const before = invoices.state.items.length;
    await invoices.loadMore();
    const after = invoices.state;
    if (after.items.length > before) {
      this.#focusRowAfterLoad = before;
      this.announcement = this.#i18n.term('invoices.loaded', after.items.length, after.hasMore);
      this.requestUpdate();
    }
  };
}
