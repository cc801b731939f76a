/** Route module for `/decks/:deck/handout`: the loader loads every card body, so the page prints complete. */
import type { MDXContent } from 'mdx/types';
import { data, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { cardBody } from '../../content/bodies';
import { getDeck } from '../../content/decks';
import { HandoutPage } from './HandoutPage';

export { DeckErrorBoundary as ErrorBoundary } from './DeckNotFound';

export async function loader({ params }: LoaderFunctionArgs) {
  const deck = getDeck(params.deck ?? '');
  if (!deck) throw data({ id: params.deck }, { status: 404, statusText: 'Deck not found' });
  const ids = [...new Set(deck.slides.flatMap((s) => (s.kind === 'card' ? [s.card] : [])))];
  const loaded = await Promise.all(ids.map(async (id) => [id, await cardBody(id)?.promise] as const));
  const bodies = Object.fromEntries(loaded.filter((e): e is readonly [string, MDXContent] => e[1] !== undefined));
  return { id: deck.id, bodies };
}

export function Component() {
  const { id, bodies } = useLoaderData<typeof loader>();
  return <HandoutPage key={id} deck={getDeck(id)!} bodies={bodies} />;
}
