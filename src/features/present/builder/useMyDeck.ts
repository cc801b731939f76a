import { useCallback } from 'react';
import { saveDeck } from '../../../lib/deck-store';
import type { MyDeck } from '../../../lib/my-decks';
import { useMyDecks } from '../../../ui/useMyDecks';

/** One of the trainer's decks, and a way to change it (saved at once: a closed tab loses nothing). */
export function useMyDeck(id: string): { deck: MyDeck | undefined; loading: boolean; save: (next: MyDeck) => boolean } {
  const decks = useMyDecks();
  const save = useCallback((next: MyDeck) => saveDeck(next), []);
  return { deck: decks?.find((d) => d.id === id), loading: decks === undefined, save };
}
