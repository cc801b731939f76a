/**
 * Content beyond cards and sources (paths, glossary, comparison data, decks) is a "collection": a loader that
 * reads its files under `content/`, validates them against the cards and sources, and returns the data that
 * the app imports as `virtual:content/<name>`. Register a collection by adding it to `COLLECTIONS`.
 */
import { comparisonCollection } from './comparison.ts';
import type { ContentProblem } from './errors.ts';
import { glossaryCollection } from './glossary-collection.ts';
import type { BodyNode } from '../schema.ts';
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
  // First, so its worker thread starts before the bodies compile.
  graphCollection,
  searchCollection,
  { name: 'decks', load: loadDecks },
  pathsCollection,
  glossaryCollection,
  webinarCollection,
  comparisonCollection,
];

/** `bodies`: each card's body compiled to data, by card id. */
export type AllContent = { base: LoadedContent; bodies: ReadonlyMap<string, BodyNode[]>; modules: Record<string, unknown> };

type Loaded = { name: string; result: CollectionResult };
const loadEach = (collections: Collection[], contentRoot: string, base: LoadedContent, modules: Readonly<Record<string, unknown>>) =>
  Promise.all(collections.map(async (c): Promise<Loaded> => ({ name: c.name, result: await c.load(contentRoot, base, modules) })));

/** Loads cards, sources and every collection; content is returned only when nothing anywhere is wrong. */
export async function loadAllContent(
  contentRoot: string,
  options: { /** Load only these collections (fixture tests of one collection). */ only?: readonly string[] } = {},
): Promise<{ content: AllContent | undefined; problems: ContentProblem[] }> {
  const wanted = COLLECTIONS.filter((c) => !options.only || options.only.includes(c.name));
  // Collections that need only the cards and sources start as soon as those are valid, while the bodies compile
  // (the graph is laid out on another thread meanwhile: about 2 s at 1,000 cards).
  let early: Promise<Loaded[]> | undefined;
  const { content: base, bodies, problems } = await loadContent(contentRoot, {
    meanwhile: (validated) => (early = loadEach(wanted.filter((c) => !c.derived), contentRoot, validated, {})),
  });
  const first = await early;
  if (!base || !first) return { content: undefined, problems };
  // Every page loads `index`; a card page loads its own backlinks, excerpts and sources (vite-plugin.ts).
  const modules: Record<string, unknown> = { index: { cards: base.index.cards }, sources: base.sources };
  const record = (loaded: Loaded[]) =>
    loaded.forEach(({ name, result }) => {
      problems.push(...result.problems);
      modules[name] = result.data;
    });
  record(first);
  // Derived collections (the search index) read the others.
  for (const c of wanted.filter((c) => c.derived)) record(await loadEach([c], contentRoot, base, modules));
  return { content: problems.length ? undefined : { base, bodies, modules }, problems };
}
