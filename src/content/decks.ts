/** Read access to the validated decks; imported only by the deck routes, so other pages never load them. */
import decks from 'virtual:content/decks';
import type { Deck } from './deck-schema';

export const allDecks: readonly Deck[] = decks;
const byId = new Map(allDecks.map((d) => [d.id, d]));

export function getDeck(id: string): Deck | undefined {
  return byId.get(id);
}
