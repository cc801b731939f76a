/**
 * Content beyond cards and sources (paths, glossary, comparison data, decks) is a "collection": a loader that
 * reads its files under `content/`, validates them against the cards and sources, and returns the data that
 * the app imports as `virtual:content/<name>`. Register a collection by adding it to `COLLECTIONS`.
 */
import { comparisonCollection } from './comparison.ts';
import type { ContentProblem } from './errors.ts';
import { glossaryCollection } from './glossary-collection.ts';
import { loadContent, type LoadedContent } from './load-content.ts';
import { loadDecks } from './load-decks.ts';
import { pathsCollection } from './paths-collection.ts';
import { searchCollection } from './search-index.ts';
import { webinarCollection } from './webinar-collection.ts';
import { graphCollection } from './graph-collection.ts';

export type CollectionResult = { data: unknown; problems: ContentProblem[] };

export type Collection = {
  /** The virtual module is `virtual:content/<name>`. */
  name: string;
  /**
   * Reads and validates the collection; `base` is the validated cards and sources it may refer to, `loaded` the
   * collections loaded before it.
   */
  load: (contentRoot: string, base: LoadedContent, loaded: Readonly<Record<string, unknown>>) => Promise<CollectionResult>;
  /** Derived data (e.g. the search index) built from the other collections: loaded after all of them. */
  derived?: boolean;
};

/** Every collection the app has. */
export const COLLECTIONS: Collection[] = [
  searchCollection,
  { name: 'decks', load: loadDecks },
  pathsCollection,
  glossaryCollection,
  webinarCollection,
  graphCollection,
  comparisonCollection,
];

export type AllContent = { base: LoadedContent; modules: Record<string, unknown> };

/** Loads cards, sources and every collection; content is returned only when nothing anywhere is wrong. */
export async function loadAllContent(
  contentRoot: string,
  options: { /** Load only these collections (fixture tests of one collection). */ only?: readonly string[] } = {},
): Promise<{ content: AllContent | undefined; problems: ContentProblem[] }> {
  const { content: base, problems } = await loadContent(contentRoot);
  if (!base) return { content: undefined, problems };
  // Every page loads `index`; a card page loads its own backlinks, excerpts and sources (vite-plugin.ts).
  const { cards } = base.index;
  const modules: Record<string, unknown> = { index: { cards }, sources: base.sources };
  const wanted = COLLECTIONS.filter((c) => !options.only || options.only.includes(c.name));
  const ordered = [...wanted.filter((c) => !c.derived), ...wanted.filter((c) => c.derived)];
  for (const collection of ordered) {
    const result = await collection.load(contentRoot, base, modules);
    problems.push(...result.problems);
    modules[collection.name] = result.data;
  }
  return { content: problems.length ? undefined : { base, modules }, problems };
}
