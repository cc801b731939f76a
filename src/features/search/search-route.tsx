/** Route module for `/search`: waits for fuse.js and the index, so the page renders results at once. */
import { loadSearcher } from './load-search';

export { SearchPage as Component } from './SearchPage';

export async function loader() {
  await loadSearcher();
  return null;
}
