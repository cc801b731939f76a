/** Route module for `/decks/mine/:id/handout` (and `/compact`): a trainer's deck printed like a shipped deck's handout. */
import { data, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { getMyDeck } from '../../../lib/deck-store';
import type { HandoutMode } from '../../../lib/paths';
import type { RouteHandle } from '../../../lib/start-mode';
import { HandoutPage } from '../HandoutPage';
import { Dropped } from './Dropped';
import { MyDeckErrorBoundary } from './MyDeckMissing';
import { deckBodies, resolveDeck } from './resolve-deck';

export const handle: RouteHandle = { start: 'at-once' };
export { MyDeckErrorBoundary as ErrorBoundary };

export async function loader({ params }: LoaderFunctionArgs) {
  const mine = getMyDeck(params.id ?? '');
  if (!mine) throw data({ id: params.id }, { status: 404, statusText: 'Deck not found' });
  if (params.mode !== undefined && params.mode !== 'compact') throw data({ id: params.id }, { status: 404, statusText: 'No such handout' });
  const mode: HandoutMode = params.mode === 'compact' ? 'compact' : 'full';
  const { deck, dropped } = await resolveDeck(mine);
  return { deck, dropped, bodies: await deckBodies(deck), mode };
}

export function Component() {
  const { deck, dropped, bodies, mode } = useLoaderData<typeof loader>();
  return (
    <>
      <Dropped items={dropped} title="Left out of this handout:" />
      <HandoutPage key={`${deck.id}-${mode}`} deck={deck} bodies={bodies} mode={mode} />
    </>
  );
}
