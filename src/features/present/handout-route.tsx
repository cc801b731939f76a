/** Route module for `/decks/:deck/handout`: the loader loads every card body, so the page prints complete. */
import { data, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { cardFile } from '../../content/bodies';
import type { BodyNode } from '../../content/schema';
import { getDeck } from '../../content/decks';
import { HandoutPage } from './HandoutPage';

export { DeckErrorBoundary as ErrorBoundary } from './DeckNotFound';

export async function loader({ params }: LoaderFunctionArgs) {
  const deck = getDeck(params.deck ?? '');
  if (!deck) throw data({ id: params.deck }, { status: 404, statusText: 'Deck not found' });
  const ids = [...new Set(deck.slides.flatMap((s) => (s.kind === 'card' ? [s.card] : [])))];
  const loaded = await Promise.all(ids.map(async (id) => [id, (await cardFile(id))?.body] as const));
  const bodies = Object.fromEntries(loaded.filter((e): e is readonly [string, BodyNode[]] => e[1] !== undefined));
  return { id: deck.id, bodies };
}

export function Component() {
  const { id, bodies } = useLoaderData<typeof loader>();
  return <HandoutPage key={id} deck={getDeck(id)!} bodies={bodies} />;
}
