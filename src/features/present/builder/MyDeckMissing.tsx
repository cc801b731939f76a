import { isRouteErrorResponse, Link, useParams, useRouteError } from 'react-router';
import { paths } from '../../../lib/paths';
import { ErrorPage } from '../../../ui/ErrorPage';
import { NotFound } from '../../../ui/NotFound';

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

export function MyDeckErrorBoundary() {
  const error = useRouteError();
  const { id = '' } = useParams();
  if (!isRouteErrorResponse(error) || error.status !== 404) return <ErrorPage />;
  return (
    <NotFound title="Deck not found in this browser">
      <p className="muted">Looked for: <code>{id}</code></p>
      <MyDeckMissingText />
    </NotFound>
  );
}
