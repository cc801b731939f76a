/**
 * Card bodies, compiled from MDX to data at build time, each with the card's details (backlinks, neighbours'
 * excerpts, sources): one file per card, which the card route loads whole and the handout for its body.
 */
import { loadCardFile } from 'virtual:content/bodies';
import { withRetry } from '../lib/load-retry';
import type { CardFile } from './schema';

const cache = new Map<string, Promise<CardFile>>();

/**
 * A card's body and details, loaded once. A load that fails (a dropped connection) is tried again after a pause,
 * and again on the next call; a file gone after a deploy fails at once (`StaleBuildError`).
 */
export function cardFile(id: string): Promise<CardFile> | undefined {
  const known = cache.get(id);
  if (known) return known;
  const first = loadCardFile(id);
  if (!first) return undefined;
  let tries = 0;
  const loading = withRetry(() => (tries++ === 0 ? first : loadCardFile(id)!));
  cache.set(id, loading);
  loading.catch(() => cache.delete(id));
  return loading;
}
