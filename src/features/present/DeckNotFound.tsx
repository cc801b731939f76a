import { isRouteErrorResponse, Link, useParams, useRouteError } from 'react-router';
import { paths } from '../../lib/paths';
import { ErrorPage } from '../../ui/ErrorPage';
import { NotFound } from '../../ui/NotFound';

/** Error boundary of the deck routes: an unknown deck gets a 404 that points to the list of decks. */
export function DeckErrorBoundary() {
  const error = useRouteError();
  const { deck = '' } = useParams();
  if (!isRouteErrorResponse(error) || error.status !== 404) return <ErrorPage />;
  return (
    <NotFound title="Deck not found">
      <p>
        There is no deck called <code>{deck}</code>. <Link to={paths.decks()}>See all decks</Link>.
      </p>
    </NotFound>
  );
}
