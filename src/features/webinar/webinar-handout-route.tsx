/** Route module for `/webinar/handout`, the one-page sheet. */
import type { RouteHandle } from '../../lib/start-mode';

/** A page to print: its running footer (the date of printing) needs the app, so it starts after the first paint. */
export const handle: RouteHandle = { start: 'after-paint' };
export { WebinarHandout as Component } from './WebinarHandout';
