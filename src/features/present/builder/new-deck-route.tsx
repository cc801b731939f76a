/** Route module for `/decks/new`: starts a deck in this browser and opens it in the builder. */
import { useEffect, useRef } from 'react';
import { Link, useNavigate } from 'react-router';
import { saveDeck } from '../../../lib/deck-store';
import { newDeck } from '../../../lib/my-decks';
import { paths } from '../../../lib/paths';
import type { RouteHandle } from '../../../lib/start-mode';
import { usePageTitle } from '../../../ui/usePageTitle';

export const handle: RouteHandle = { start: 'after-paint' };

export function Component() {
  usePageTitle('New deck');
  const navigate = useNavigate();
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const deck = newDeck();
    // Storage refused (private mode with storage off): the page stays, and says what the builder needs.
    if (saveDeck(deck)) navigate(paths.myDeck(deck.id), { replace: true });
  }, [navigate]);
  return (
    <article className="builder">
      <h1>New deck</h1>
      <p className="muted" role="status">
        Starting a deck in this browser… The deck builder needs JavaScript and a browser that may keep data (no account,
        nothing leaves your device). <Link to={paths.myDecks()}>Your decks</Link>
      </p>
    </article>
  );
}
