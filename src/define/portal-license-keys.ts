import { PortalLicenseKeys } from '../components/portal-license-keys/portal-license-keys.js';
import { defineElement } from './define.js';

export { PortalLicenseKeys };
defineElement('portal-license-keys', PortalLicenseKeys);

declare global {
  interface HTMLElementTagNameMap {
    'portal-license-keys': PortalLicenseKeys;
  }
}
