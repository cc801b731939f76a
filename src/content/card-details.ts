/** Backlinks and excerpts: only card pages need them, so they stay out of the index every page loads. */
import details from 'virtual:content/card-details';
import type { Backlink } from './schema';

export function backlinksOf(id: string): readonly Backlink[] {
  return details.backlinks[id] ?? [];
}

/** The opening lines of a card, as plain text, for link previews. */
export function excerptOf(id: string): string | undefined {
  return details.excerpts[id];
}
