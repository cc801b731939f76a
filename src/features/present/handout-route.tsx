/** Route module for `/decks/:deck/handout`: the loader loads every card body, so the page prints complete. */
import { data, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { cardBody } from '../../content/bodies';
import { getDeck } from '../../content/decks';
import { HandoutPage } from './HandoutPage';

export { DeckErrorBoundary as ErrorBoundary } from './DeckNotFound';

export async function loader({ params }: LoaderFunctionArgs) {
  const deck = getDeck(params.deck ?? '');
  if (!deck) throw data({ id: params.deck }, { status: 404, statusText: 'Deck not found' });
  await Promise.all(deck.slides.map((s) => (s.kind === 'card' ? cardBody(s.card)?.promise : undefined)));
  return { id: deck.id };
}

export function Component() {
  const { id } = useLoaderData<typeof loader>();
  return <HandoutPage key={id} deck={getDeck(id)!} />;
}
