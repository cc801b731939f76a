import { useState } from 'react';
import type { SlideSource } from '../content/deck-schema';
import { saveDeck } from '../lib/deck-store';
import { addSlide, newDeck, type MyDeck } from '../lib/my-decks';
import { useMyDecks } from './useMyDecks';

export type DeckChoice = { label: string; slide: SlideSource };
export type Added = { deck: MyDeck; n: number } | { error: string };

const NEW = '';

/** What to add and to which deck (AddToDeck.tsx loads it on first use, so a reading page does not pay for it). */
export default function AddToDeckPanel({ id, choices, lastDeck, onDone, onClose }: {
  id: string;
  choices: readonly DeckChoice[];
  /** The deck added to last, chosen again by default. */
  lastDeck?: string;
  onDone: (added: Added) => void;
  onClose: () => void;
}) {
  const decks = useMyDecks() ?? [];
  const [what, setWhat] = useState(0);
  const [target, setTarget] = useState<string>();
  const chosenDeck = target ?? (decks.some((d) => d.id === lastDeck) ? lastDeck! : (decks[0]?.id ?? NEW));
  const add = () => {
    const deck = addSlide(decks.find((d) => d.id === chosenDeck) ?? newDeck(), choices[what].slide);
    onDone(saveDeck(deck) ? { deck, n: deck.slides.length } : { error: 'This browser would not save the deck (its storage is full or switched off).' });
  };
  return (
    <div id={id} className="add-to-deck-panel" role="group" aria-label="Add to a deck" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      {choices.length > 1 && (
        <span className="add-to-deck-field">
          <label htmlFor={`${id}-what`}>What</label>
          <select id={`${id}-what`} value={what} onChange={(e) => setWhat(Number(e.target.value))}>
            {choices.map((c, i) => (
              <option key={i} value={i}>{c.label}</option>
            ))}
          </select>
        </span>
      )}
      <span className="add-to-deck-field">
        <label htmlFor={`${id}-deck`}>Deck</label>
        <select id={`${id}-deck`} value={chosenDeck} onChange={(e) => setTarget(e.target.value)}>
          {decks.map((d) => (
            <option key={d.id} value={d.id}>{d.title} ({d.slides.length} slides)</option>
          ))}
          <option value={NEW}>A new deck</option>
        </select>
      </span>
      <span className="add-to-deck-buttons">
        <button type="button" className="button" onClick={add}>Add</button>
        <button type="button" className="button" onClick={onClose}>Cancel</button>
      </span>
    </div>
  );
}
