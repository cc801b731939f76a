/** Route module for `/graph`: the only route that loads d3-zoom (the layout itself comes from the build). */
import type { RouteHandle } from '../../lib/start-mode';

export { GraphPage as Component } from './GraphPage';

/**
 * The graph is a tool more than a text: its static picture cannot be panned, filtered or searched. So its app
 * starts as soon as the page is parsed, and hydrates in one go (src/lib/start-mode.ts).
 */
export const handle: RouteHandle = { start: 'at-once' };
