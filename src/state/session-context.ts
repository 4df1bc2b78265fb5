import { createContext } from '@lit/context';
import type { PortalStore } from './store.js';

/**
 * The one session context every portal element consumes. The key is a global
 * symbol so that elements and a session from two copies of the kit still meet.
 */
export const sessionContext = createContext<PortalStore | undefined>(Symbol.for('portal-kit.session'));
