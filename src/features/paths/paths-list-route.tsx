/** Route module for `/paths`. */
import type { RouteHandle } from '../../lib/start-mode';

export { PathsListPage as Component } from './PathsListPage';

/** The list shows the reader's own progress, which the static HTML cannot know: its app starts on load. */
export const handle: RouteHandle = { start: 'after-paint' };
