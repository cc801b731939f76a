/**
 * Card bodies, compiled from MDX, each with the card's details (backlinks, neighbours' excerpts, sources): one chunk
 * per card, which the card route loads whole and the handout for its body. One module and chunk per card rather than
 * two halves the bundler's per-card work.
 */
import type { MDXContent } from 'mdx/types';
import bodies from 'virtual:content/bodies';
import type { CardDetail } from './schema';

type Entry = { promise: Promise<MDXContent>; value?: MDXContent; detail: Promise<CardDetail> };
const cache = new Map<string, Entry>();

/**
 * The body of a card, loaded once. Loaders await `promise`; the handout reads `value` synchronously
 * when it is there (and suspends on `promise` otherwise), so a prerendered page can render the same body.
 */
export function cardBody(id: string): Entry | undefined {
  const load = Object.hasOwn(bodies, id) ? bodies[id] : undefined;
  if (!load) return undefined;
  let entry = cache.get(id);
  if (!entry) {
    const module = load();
    const created: Entry = { promise: module.then((m) => (created.value = m.default)), detail: module.then((m) => m.detail) };
    cache.set(id, created);
    entry = created;
  }
  return entry;
}

/** A card page's backlinks, neighbours' excerpts and sources, from the card's own chunk. */
export const loadCardDetail = (id: string): Promise<CardDetail> | undefined => cardBody(id)?.detail;
