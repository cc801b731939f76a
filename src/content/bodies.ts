/**
 * Card bodies, compiled from MDX to data at build time, each with the card's details (backlinks, neighbours'
 * excerpts, sources): one file per card, which the card route loads whole and the handout for its body.
 */
import { loadCardFile } from 'virtual:content/bodies';
import type { CardFile } from './schema';

const cache = new Map<string, Promise<CardFile>>();

/** A card's body and details, loaded once; a load that failed (a dropped connection) is tried again next time. */
export function cardFile(id: string): Promise<CardFile> | undefined {
  const known = cache.get(id);
  if (known) return known;
  const loading = loadCardFile(id);
  if (!loading) return undefined;
  cache.set(id, loading);
  loading.catch(() => cache.delete(id));
  return loading;
}
