import { PortalInvoices } from '../components/portal-invoices/portal-invoices.js';
import { defineElement } from './define.js';

export { PortalInvoices };
defineElement('portal-invoices', PortalInvoices);

declare global {
  interface HTMLElementTagNameMap {
    'portal-invoices': PortalInvoices;
  }
}
