/**
 * Content beyond cards and sources (paths, glossary, comparison data, decks) is a "collection": a loader that
 * reads its files under `content/`, validates them against the cards and sources, and returns the data that
 * the app imports as `virtual:content/<name>`. Register a collection by adding it to `COLLECTIONS`.
 */
import type { ContentProblem } from './errors.ts';
import { glossaryCollection } from './glossary-collection.ts';
import { loadContent, type LoadedContent, type LoadOptions } from './load-content.ts';
import { loadDecks } from './load-decks.ts';
import { pathsCollection } from './paths-collection.ts';
import { webinarCollection } from './webinar-collection.ts';

export type CollectionResult = { data: unknown; problems: ContentProblem[] };

export type Collection = {
  /** The virtual module is `virtual:content/<name>`. */
  name: string;
  /** Reads and validates the collection; `base` is the validated cards and sources it may refer to. */
  load: (contentRoot: string, base: LoadedContent) => Promise<CollectionResult>;
};

/** Every collection the app has. */
export const COLLECTIONS: Collection[] = [
  { name: 'decks', load: loadDecks },
  pathsCollection,
  glossaryCollection,
  webinarCollection,
];

export type AllContent = { base: LoadedContent; modules: Record<string, unknown> };

/** Loads cards, sources and every collection; content is returned only when nothing anywhere is wrong. */
export async function loadAllContent(
  contentRoot: string,
  options: LoadOptions = {},
): Promise<{ content: AllContent | undefined; problems: ContentProblem[] }> {
  const { content: base, problems } = await loadContent(contentRoot, options);
  if (!base) return { content: undefined, problems };
  const modules: Record<string, unknown> = { index: base.index, sources: base.sources };
  for (const collection of COLLECTIONS) {
    const result = await collection.load(contentRoot, base);
    problems.push(...result.problems);
    modules[collection.name] = result.data;
  }
  return { content: problems.length ? undefined : { base, modules }, problems };
}
