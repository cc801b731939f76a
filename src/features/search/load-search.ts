/**
 * Loads fuse.js and the prebuilt index on first use (opening the dialog, visiting /search), never with the
 * page: neither is in the first-load JavaScript of other routes.
 */
import type { Searcher } from './engine';

let loading: Promise<Searcher> | undefined;
let loaded: Searcher | undefined;

export function loadSearcher(): Promise<Searcher> {
  loading ??= Promise.all([import('fuse.js'), import('virtual:content/search'), import('./engine')]).then(
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
