/**
 * Loads fuse.js and the prebuilt index on first use (opening the dialog, visiting /search), never with the
 * page: neither is in the first-load JavaScript of other routes.
 */
import { importWithRetry } from '../../lib/load-retry';
import type { Searcher } from './engine';

let loading: Promise<Searcher> | undefined;
let loaded: Searcher | undefined;

export function loadSearcher(): Promise<Searcher> {
  // Each part is fetched again when it fails to arrive; one gone after a deploy fails with a StaleBuildError.
  loading ??= Promise.all([
    importWithRetry(() => import('fuse.js'), 'Search'),
    importWithRetry(() => import('virtual:content/search'), "Search's index"),
    importWithRetry(() => import('./engine'), 'Search'),
  ]).then(
    ([fuse, data, engine]) => (loaded = engine.createSearcher(data.default, fuse.default)),
    (error: unknown) => {
      // A failed download (bad wifi) may succeed next time.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The searcher once loaded (the search route's loader waits for it). */
export function loadedSearcher(): Searcher | undefined {
  return loaded;
}
