/** Route module for `/evidence`. */
import type { RouteHandle } from '../../lib/start-mode';
export { EvidencePage as Component } from './EvidencePage';

/** The filters are form fields the app runs: its app starts once the page has painted. */
export const handle: RouteHandle = { start: 'after-paint' };
