/**
 * The shape of a collection (paths, glossary, comparison data, decks, …): its own file, so that each collection's
 * module and the registry that lists them (collections.ts) do not import each other.
 */
import type { ContentProblem } from './errors.ts';
import type { LoadedContent } from './load-content.ts';

export type CollectionResult = { data: unknown; problems: ContentProblem[] };

export type Collection = {
  /** The virtual module is `virtual:content/<name>`. */
  name: string;
  /**
   * Reads and validates the collection; `base` is the validated cards and sources it may refer to, `loaded` the
   * collections it `reads`.
   */
  load: (contentRoot: string, base: LoadedContent, loaded: Readonly<Record<string, unknown>>) => Promise<CollectionResult>;
  /**
   * The collections whose data this one is built from (the search index reads the glossary's names): it loads
   * after them, and only them, so it need not wait for a slow one it does not read (the graph's layout).
   */
  reads?: readonly string[];
};
