/** Route module for `/search`: waits for fuse.js and the index, so the page renders results at once. */
import type { RouteHandle } from '../../lib/start-mode';
import { loadSearcher } from './load-search';

export { SearchPage as Component } from './SearchPage';

/** The page is a search field: its app starts once the page has painted. */
export const handle: RouteHandle = { start: 'after-paint' };

export async function loader() {
  await loadSearcher();
  return null;
}
