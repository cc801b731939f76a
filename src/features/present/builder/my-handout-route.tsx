/** Route module for `/decks/mine/handout?deck=<id>` (and `&mode=compact`): a trainer's deck printed like a shipped deck's handout. */
import { data, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { getMyDeck } from '../../../lib/deck-store';
import type { HandoutMode } from '../../../lib/paths';
import type { RouteHandle } from '../../../lib/start-mode';
import { HandoutPage } from '../HandoutPage';
import { Dropped } from './Dropped';
import { deckIdOf, MyDeckErrorBoundary, NoDeckNamed } from './MyDeckMissing';
import { deckBodies, resolveDeck } from './resolve-deck';

export const handle: RouteHandle = { start: 'at-once' };
export { MyDeckErrorBoundary as ErrorBoundary };

export async function loader({ request }: LoaderFunctionArgs) {
  const id = deckIdOf(request.url);
  // The prerendered page (and an address without a deck): a way to the trainer's decks.
  if (!id) return undefined;
  const mine = getMyDeck(id);
  if (!mine) throw data({ id }, { status: 404, statusText: 'Deck not found' });
  const asked = new URL(request.url).searchParams.get('mode');
  if (asked !== null && asked !== 'compact') throw data({ id }, { status: 404, statusText: 'No such handout' });
  const mode: HandoutMode = asked === 'compact' ? 'compact' : 'full';
  const { deck, dropped } = await resolveDeck(mine);
  return { deck, dropped, bodies: await deckBodies(deck), mode };
}

export function Component() {
  const loaded = useLoaderData<typeof loader>();
  if (!loaded) return <NoDeckNamed />;
  const { deck, dropped, bodies, mode } = loaded;
  return (
    <>
      <Dropped items={dropped} title="Left out of this handout:" />
      <HandoutPage key={`${deck.id}-${mode}`} deck={deck} bodies={bodies} mode={mode} />
    </>
  );
}
