import { isRouteErrorResponse, Link, useLocation, useRouteError } from 'react-router';
import { paths } from '../../../lib/paths';
import { ErrorPage } from '../../../ui/ErrorPage';
import { NotFound } from '../../../ui/NotFound';

/** The trainer's deck an address names (`?deck=<id>`, lib/paths.ts), or undefined. */
export function deckIdOf(href: string): string | undefined {
  return new URL(href, 'https://x.invalid').searchParams.get('deck')?.trim() || undefined;
}

/** A trainer's deck lives in the browser that made it: on another device its address finds nothing. */
export function MyDeckMissingText() {
  return (
    <p>
      Decks made here are kept in the browser that made them, and this browser has none by that address. To open a deck
      on another device, use its <strong>share link</strong> (in the deck's editor). <Link to={paths.myDecks()}>Your decks</Link> ·{' '}
      <Link to={paths.decks()}>All decks</Link>
    </p>
  );
}

/**
 * The page of a trainer's deck before it knows which deck: what the prerendered page shows (and, without
 * JavaScript, all it can show), and what an address without `?deck=` shows.
 */
export function NoDeckNamed() {
  return (
    <div className="not-found">
      <h1>Your deck</h1>
      <p>
        Decks made with the deck builder are kept in the browser that made them, and open here with JavaScript on. Open
        one from <Link to={paths.myDecks()}>your decks</Link>, or see <Link to={paths.decks()}>all decks</Link>.
      </p>
    </div>
  );
}

export function MyDeckErrorBoundary() {
  const error = useRouteError();
  const id = deckIdOf(useLocation().search) ?? '';
  if (!isRouteErrorResponse(error) || error.status !== 404) return <ErrorPage />;
  return (
    <NotFound title="Deck not found in this browser">
      <p className="muted">Looked for: <code>{id}</code></p>
      <MyDeckMissingText />
    </NotFound>
  );
}
