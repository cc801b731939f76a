import { lazy, Suspense, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../lib/paths';
import type { Added, DeckChoice } from './AddToDeckPanel';
import './add-to-deck.css';

export type { DeckChoice };

const loadPanel = () => import('./AddToDeckPanel');
const Panel = lazy(loadPanel);

/**
 * "Add to a deck": puts what the reader is looking at (a card, one of its sections, a comparison view) in one of
 * their decks, or a new one, and stays on the page, so a trainer can gather a talk while reading. Shared UI: the
 * card page and the explorer place it, the deck builder (features/present/builder) edits what it gathered. Only the
 * button is in the page's code; the rest loads when pointed at or used (precached, so offline too).
 */
export function AddToDeck({ choices }: { choices: readonly DeckChoice[] }) {
  const [open, setOpen] = useState(false);
  const [added, setAdded] = useState<Added>();
  const toggle = useRef<HTMLButtonElement>(null);
  const id = useId();
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  return (
    <div className="add-to-deck">
      <button
        ref={toggle}
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={open ? `${id}-panel` : undefined}
        onPointerEnter={() => void loadPanel()}
        onFocus={() => void loadPanel()}
        onClick={() => (open ? close() : setOpen(true))}
      >
        Add to a deck
      </button>
      {open && (
        <Suspense fallback={null}>
          <Panel
            id={`${id}-panel`}
            choices={choices}
            lastDeck={added && 'deck' in added ? added.deck.id : undefined}
            onDone={(a) => {
              setAdded(a);
              if ('deck' in a) close();
            }}
            onClose={close}
          />
        </Suspense>
      )}
      {/* Mounted once the panel opens, before anything is added, so the news is announced; not on every card page. */}
      {(open || added) && (
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
      )}
    </div>
  );
}
