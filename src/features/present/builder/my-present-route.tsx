/**
 * Route module for `/present/mine?deck=<id>&slide=<n>`: a trainer's own deck, presented by the same components as a
 * shipped deck (audience window, `&view=speaker`, overview, QR code). One prerendered page serves every such deck:
 * the deck lives in this browser, and the app reads it here (offline too).
 */
import { data, useLoaderData, type LoaderFunctionArgs, type ShouldRevalidateFunctionArgs } from 'react-router';
import { getMyDeck } from '../../../lib/deck-store';
import type { RouteHandle } from '../../../lib/start-mode';
import { PresentDeck } from '../present-route';
import { deckIdOf, MyDeckErrorBoundary, NoDeckNamed } from './MyDeckMissing';
import { resolveDeck } from './resolve-deck';
import '../present.css';

export const handle: RouteHandle = { start: 'at-once' };

export function ErrorBoundary() {
  return (
    <main className="present-missing" id="main">
      <MyDeckErrorBoundary />
    </main>
  );
}

export async function loader({ request }: LoaderFunctionArgs) {
  const id = deckIdOf(request.url);
  // The prerendered page (and an address without a deck): a way to the trainer's decks.
  if (!id) return { deck: undefined };
  const mine = getMyDeck(id);
  if (!mine) throw data({ id }, { status: 404, statusText: 'Deck not found' });
  const resolved = await resolveDeck(mine);
  if (resolved.deck.slides.length === 0) throw data({ id }, { status: 404, statusText: 'Deck has no slides' });
  return resolved;
}

/** Moving from slide to slide reads the deck once, not at every step. */
export const shouldRevalidate = ({ currentUrl, nextUrl, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) =>
  deckIdOf(currentUrl.href) !== deckIdOf(nextUrl.href) && defaultShouldRevalidate;

export function Component() {
  const { deck } = useLoaderData<typeof loader>();
  if (!deck) {
    return (
      <main className="present-missing" id="main">
        <NoDeckNamed />
      </main>
    );
  }
  return <PresentDeck deck={deck} />;
}
