import { PortalPaymentMethod } from '../components/portal-payment-method/portal-payment-method.js';
import { defineElement } from './define.js';

export { PortalPaymentMethod };
defineElement('portal-payment-method', PortalPaymentMethod);

declare global {
  interface HTMLElementTagNameMap {
    'portal-payment-method': PortalPaymentMethod;
  }
}
