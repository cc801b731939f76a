/**
 * Content beyond cards and sources (paths, glossary, comparison data, decks) is a "collection": a loader that
 * reads its files under `content/`, validates them against the cards and sources, and returns the data that
 * the app imports as `virtual:content/<name>`. Register a collection by adding it to `COLLECTIONS`.
 */
import { comparisonCollection } from './comparison.ts';
import type { Collection, CollectionResult } from './collection.ts';
import { evidenceCollection } from './evidence-collection.ts';
import type { ContentProblem } from './errors.ts';
import { glossaryCollection } from './glossary-collection.ts';
import type { BodyNode } from '../schema.ts';
import { loadContent, type LoadedContent } from './load-content.ts';
import { loadDecks } from './load-decks.ts';
import { pathsCollection } from './paths-collection.ts';
import { searchCollection } from './search-index.ts';
import { webinarCollection } from './webinar-collection.ts';
import { checkDataText } from './reader-text.ts';
import { graphCollection } from './graph-collection.ts';

/** Every collection the app has. */
export const COLLECTIONS: Collection[] = [
  // First, so its worker thread starts before the bodies compile.
  graphCollection,
  searchCollection,
  // Reads the comparison data: a matrix slide of more rows than a slide holds is split by its dimensions.
  { name: 'decks', load: loadDecks, reads: ['comparison'] },
  pathsCollection,
  glossaryCollection,
  webinarCollection,
  comparisonCollection,
  evidenceCollection,
];

/** `bodies`: each card's body compiled to data, by card id. */
export type AllContent = { base: LoadedContent; bodies: ReadonlyMap<string, BodyNode[]>; modules: Record<string, unknown> };

/** Starts loading every collection, each as soon as the ones it reads are loaded (those not wanted are left out). */
function loadCollections(wanted: Collection[], contentRoot: string, base: LoadedContent): Map<string, Promise<CollectionResult>> {
  const results = new Map<string, Promise<CollectionResult>>();
  const start = (c: Collection): Promise<CollectionResult> => {
    let result = results.get(c.name);
    if (!result) {
      const reads = wanted.filter((w) => c.reads?.includes(w.name));
      result = Promise.all(reads.map(async (r) => [r.name, (await start(r)).data] as const)).then((loaded) =>
        c.load(contentRoot, base, Object.fromEntries(loaded)),
      );
      results.set(c.name, result);
    }
    return result;
  };
  wanted.forEach(start);
  return results;
}

/** Loads cards, sources and every collection; content is returned only when nothing anywhere is wrong. */
export async function loadAllContent(
  contentRoot: string,
  options: { /** Load only these collections (fixture tests of one collection). */ only?: readonly string[] } = {},
): Promise<{ content: AllContent | undefined; problems: ContentProblem[] }> {
  const wanted = COLLECTIONS.filter((c) => !options.only || options.only.includes(c.name));
  // The collections start as soon as the cards and sources are valid, while the bodies compile (the graph, the slowest,
  // is laid out on another thread meanwhile).
  let loading: Map<string, Promise<CollectionResult>> | undefined;
  const { content: base, bodies, problems } = await loadContent(contentRoot, {
    meanwhile: (validated) => (loading = loadCollections(wanted, contentRoot, validated)),
  });
  if (!base || !loading) return { content: undefined, problems };
  // What readers see in the data files (titles complete their card links), checked like every other content rule.
  const titles = new Map(base.index.cards.map((c) => [c.id, c.title]));
  problems.push(...(await checkDataText(contentRoot, (id) => titles.get(id))));
  // Every page loads `index`; a card page loads its own backlinks, excerpts and sources (vite-plugin.ts).
  const modules: Record<string, unknown> = { index: { cards: base.index.cards }, sources: base.sources };
  for (const [name, result] of loading) {
    const loaded = await result;
    problems.push(...loaded.problems);
    modules[name] = loaded.data;
  }
  return { content: problems.length ? undefined : { base, bodies, modules }, problems };
}
