/** Route module for `/compare`: the explorer and its d3 submodules load only with this route. */
import type { RouteHandle } from '../../lib/start-mode';
export { CompareExplorer as Component } from './CompareExplorer';

/** The explorer is a tool: its controls are the point, so its app starts once the page has painted. */
export const handle: RouteHandle = { start: 'after-paint' };
