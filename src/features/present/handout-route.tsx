/** Route module for `/decks/:deck/handout` and `/decks/:deck/handout/compact`: the loader loads every card body, so the page prints complete. */
import { data, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { cardFile } from '../../content/bodies';
import type { BodyNode } from '../../content/schema';
import { getDeck } from '../../content/decks';
import type { HandoutMode } from '../../lib/paths';
import type { RouteHandle } from '../../lib/start-mode';
import { HandoutPage } from './HandoutPage';

export { DeckErrorBoundary as ErrorBoundary } from './DeckNotFound';

/** A tool page: its running footer (the date of printing) needs the app, so Ctrl+P right after load has it. */
export const handle: RouteHandle = { start: 'after-paint' };

export async function loader({ params }: LoaderFunctionArgs) {
  const deck = getDeck(params.deck ?? '');
  if (!deck) throw data({ id: params.deck }, { status: 404, statusText: 'Deck not found' });
  if (params.mode !== undefined && params.mode !== 'compact') throw data({ id: params.deck }, { status: 404, statusText: 'No such handout' });
  const mode: HandoutMode = params.mode === 'compact' ? 'compact' : 'full';
  const ids = [...new Set(deck.slides.flatMap((s) => (s.kind === 'card' ? [s.card] : [])))];
  const loaded = await Promise.all(ids.map(async (id) => [id, (await cardFile(id))?.body] as const));
  const bodies = Object.fromEntries(loaded.filter((e): e is readonly [string, BodyNode[]] => e[1] !== undefined));
  return { id: deck.id, bodies, mode };
}

export function Component() {
  const { id, bodies, mode } = useLoaderData<typeof loader>();
  return <HandoutPage key={`${id}-${mode}`} deck={getDeck(id)!} bodies={bodies} mode={mode} />;
}
