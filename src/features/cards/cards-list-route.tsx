/** Route module for `/cards`. */
import type { RouteHandle } from '../../lib/start-mode';
export { CardsListPage as Component } from './CardsListPage';

/** The list's filters are form fields the app runs: its app starts once the page has painted. */
export const handle: RouteHandle = { start: 'after-paint' };
