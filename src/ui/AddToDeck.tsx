import { useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { SlideSource } from '../content/deck-schema';
import { saveDeck } from '../lib/deck-store';
import { addSlide, newDeck, type MyDeck } from '../lib/my-decks';
import { paths } from '../lib/paths';
import { useMyDecks } from './useMyDecks';
import './add-to-deck.css';

export type DeckChoice = { label: string; slide: SlideSource };

const NEW = '';

/**
 * "Add to a deck": puts what the reader is looking at (a card, one of its sections, a comparison view) in one of
 * their decks, or a new one, and stays on the page, so a trainer can gather a talk while reading. Shared UI: the
 * card page and the explorer place it, the deck builder (features/present/builder) edits what it gathered.
 */
export function AddToDeck({ choices }: { choices: readonly DeckChoice[] }) {
  const decks = useMyDecks() ?? [];
  const [open, setOpen] = useState(false);
  const [what, setWhat] = useState(0);
  const [target, setTarget] = useState<string>();
  const [added, setAdded] = useState<{ deck: MyDeck; n: number } | { error: string }>();
  const toggle = useRef<HTMLButtonElement>(null);
  const id = useId();
  const chosenDeck = target ?? decks[0]?.id ?? NEW;

  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  const add = () => {
    const base = decks.find((d) => d.id === chosenDeck) ?? newDeck();
    const deck = addSlide(base, choices[what].slide);
    if (!saveDeck(deck)) return setAdded({ error: 'This browser would not save the deck (its storage is full or switched off).' });
    setAdded({ deck, n: deck.slides.length });
    setTarget(deck.id);
    close();
  };

  return (
    <div className="add-to-deck">
      <button ref={toggle} type="button" className="button" aria-expanded={open} aria-controls={`${id}-panel`} onClick={() => (open ? close() : setOpen(true))}>
        Add to a deck
      </button>
      {open && (
        <div id={`${id}-panel`} className="add-to-deck-panel" role="group" aria-label="Add to a deck" onKeyDown={(e) => e.key === 'Escape' && close()}>
          {choices.length > 1 && (
            <label>
              What
              <select value={what} onChange={(e) => setWhat(Number(e.target.value))}>
                {choices.map((c, i) => (
                  <option key={i} value={i}>{c.label}</option>
                ))}
              </select>
            </label>
          )}
          <label>
            Deck
            <select value={chosenDeck} onChange={(e) => setTarget(e.target.value)}>
              {decks.map((d) => (
                <option key={d.id} value={d.id}>{d.title} ({d.slides.length} slides)</option>
              ))}
              <option value={NEW}>A new deck</option>
            </select>
          </label>
          <span className="add-to-deck-buttons">
            <button type="button" className="button" onClick={add}>Add</button>
            <button type="button" className="button" onClick={close}>Cancel</button>
          </span>
        </div>
      )}
      <p role="status" className="add-to-deck-status">
        {added &&
          ('error' in added ? (
            added.error
          ) : (
            <>
              Added to “{added.deck.title}” as slide {added.n}. <Link to={paths.myDeck(added.deck.id)}>Open the deck</Link>
            </>
          ))}
      </p>
    </div>
  );
}
