import { PortalProfile } from '../components/portal-profile/portal-profile.js';
import { defineElement } from './define.js';

export { PortalProfile };
defineElement('portal-profile', PortalProfile);

declare global {
  interface HTMLElementTagNameMap {
    'portal-profile': PortalProfile;
  }
}
