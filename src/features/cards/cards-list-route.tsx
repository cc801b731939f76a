/** Route module for `/cards`. */
import { Navigate, useSearchParams } from 'react-router';
import { allTags } from '../../content/cards';
import { paths } from '../../lib/paths';
import type { RouteHandle } from '../../lib/start-mode';
import { CardsListPage } from './CardsListPage';
import { parseCardFilter } from './card-filters';

/**
 * `/cards?kind=…` and `/cards?tag=…` were the lists' addresses before each kind and tag had a page: such a link
 * (a bookmark, an old email) leads to its page; an unknown value is reported, never fatal.
 */
export function Component() {
  const [params] = useSearchParams();
  const { filter, ignored } = parseCardFilter(params, allTags);
  const to = filter.kind ? paths.cardsOfKind(filter.kind) : filter.tag ? paths.tag(filter.tag) : undefined;
  // Both asked for: the kind's page, which lists each card's kind and links to every tag.
  if (to || ignored.length > 0) return <Navigate to={to ?? paths.cards()} replace state={{ ignored }} />;
  return <CardsListPage />;
}

/** An old filter link redirects as soon as the page has painted, not on the reader's first move. */
export const handle: RouteHandle = { start: 'after-paint' };
