import { useSyncExternalStore } from 'react';
import { listDecks, subscribeDecks } from '../lib/deck-store';
import type { MyDeck } from '../lib/my-decks';

/** The trainer's decks in this browser, kept current; undefined while prerendering (the page says it is loading). */
export function useMyDecks(): readonly MyDeck[] | undefined {
  return useSyncExternalStore(subscribeDecks, listDecks, () => undefined);
}
