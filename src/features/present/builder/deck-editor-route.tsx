/** Route module for `/decks/mine/edit?deck=<id>`: the deck builder, editing one of the trainer's decks. */
import { useLocation } from 'react-router';
import type { RouteHandle } from '../../../lib/start-mode';
import { NotFound } from '../../../ui/NotFound';
import { DeckEditor } from './DeckEditor';
import { useMyDeck } from './useMyDeck';
import { deckIdOf, MyDeckMissingText, NoDeckNamed } from './MyDeckMissing';
import './builder.css';

export const handle: RouteHandle = { start: 'after-paint' };

export function Component() {
  const location = useLocation();
  const id = deckIdOf(location.search) ?? '';
  const { deck, loading, save } = useMyDeck(id);
  // What a shared link or an imported file could not give, handed over by the page that saved the deck.
  const dropped = (location.state as { dropped?: string[] } | null)?.dropped;
  if (!id) return <NoDeckNamed />;
  if (loading) return <p className="muted">Opening your deck…</p>;
  if (!deck) {
    return (
      <NotFound title="Deck not found in this browser">
        <MyDeckMissingText />
      </NotFound>
    );
  }
  return <DeckEditor deck={deck} save={save} dropped={dropped} />;
}
