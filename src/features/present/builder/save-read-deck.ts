import type { DeckContent } from '../../../lib/deck-input';
import { listDecks, saveDeck } from '../../../lib/deck-store';
import { LOCAL_ID, newDeck, newDeckId, sameContent, type MyDeck } from '../../../lib/my-decks';

/**
 * Saves a deck read from a shared link or a file among the trainer's decks: the same deck opened twice is saved
 * once; a deck whose id is taken by another one gets an id of its own. Undefined when the browser refuses to save.
 */
export function saveReadDeck(content: DeckContent, id?: string): MyDeck | undefined {
  const decks = listDecks();
  const same = decks.find((d) => sameContent(d, content));
  if (same) return same;
  const free = id && LOCAL_ID.test(id) && !decks.some((d) => d.id === id) ? id : newDeckId();
  const deck: MyDeck = { ...newDeck(free), ...content };
  return saveDeck(deck) ? deck : undefined;
}
