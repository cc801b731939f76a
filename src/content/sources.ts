/** The bibliography; imported only by views that cite, so it stays out of the first-load bundle elsewhere. */
import sources from 'virtual:content/sources';
import type { Source } from './schema';

const byId = new Map(sources.map((s) => [s.id, s]));

export const allSources: readonly Source[] = sources;

export function getSource(id: string): Source | undefined {
  return byId.get(id);
}
