/** Card bodies, compiled from MDX; each is its own chunk, loaded by the card route. */
import type { MDXContent } from 'mdx/types';
import bodies from 'virtual:content/bodies';

type Entry = { promise: Promise<MDXContent>; value?: MDXContent };
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
    const created: Entry = { promise: load().then((m) => (created.value = m.default)) };
    cache.set(id, created);
    entry = created;
  }
  return entry;
}
