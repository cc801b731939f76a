/**
 * Route module for `/decks/shared#<deck>`: opens a deck someone shared as a link. The deck is read from the
 * fragment (lib/deck-share.ts), saved among this browser's decks (so it presents offline from now on) and opened in
 * the builder, with a notice naming anything the link could not give.
 */
import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { decodeDeck } from '../../../lib/deck-share';
import { paths } from '../../../lib/paths';
import type { RouteHandle } from '../../../lib/start-mode';
import { usePageTitle } from '../../../ui/usePageTitle';
import { known } from './resolve-deck';
import { saveReadDeck } from './save-read-deck';

export const handle: RouteHandle = { start: 'after-paint' };

export function Component() {
  usePageTitle('A shared deck');
  const { hash } = useLocation();
  const navigate = useNavigate();
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    if (!hash.replace(/^#/, '')) return setProblem('This link holds no deck: it may have been cut short where it was copied.');
    const shared = decodeDeck(hash, known);
    // Nothing to keep: say what the link lacked, and save no empty deck.
    if (shared.deck.slides.length === 0) return setProblem(`Nothing in this link could be opened: ${shared.dropped.join('; ') || 'it holds no slides'}.`);
    const saved = saveReadDeck(shared.deck, shared.id);
    if (!saved) return setProblem('This browser would not keep the deck (its storage is full or switched off).');
    navigate(paths.myDeck(saved.id), { replace: true, state: { dropped: shared.dropped } });
  }, [hash, navigate]);
  return (
    <article className="builder">
      <h1>A shared deck</h1>
      {problem ? (
        <p className="notice" role="alert">{problem} <Link to={paths.myDecks()}>Your decks</Link></p>
      ) : (
        <p className="muted" role="status">Opening the deck… (The deck builder needs JavaScript; the deck stays in this browser.)</p>
      )}
    </article>
  );
}
