/**
 * Route module for `/present/mine/:id/:slide?`: a trainer's own deck, presented by the same components as a shipped
 * deck (audience window, `?view=speaker`, overview, QR code). Not prerendered: the deck lives in this browser, so
 * the service worker answers with the app shell, offline too, and the app reads the deck here.
 */
import { data, useLoaderData, type LoaderFunctionArgs, type ShouldRevalidateFunctionArgs } from 'react-router';
import { getMyDeck } from '../../../lib/deck-store';
import type { RouteHandle } from '../../../lib/start-mode';
import { PresentDeck } from '../present-route';
import { MyDeckErrorBoundary } from './MyDeckMissing';
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

export async function loader({ params }: LoaderFunctionArgs) {
  const mine = getMyDeck(params.id ?? '');
  if (!mine) throw data({ id: params.id }, { status: 404, statusText: 'Deck not found' });
  const resolved = await resolveDeck(mine);
  if (resolved.deck.slides.length === 0) throw data({ id: params.id }, { status: 404, statusText: 'Deck has no slides' });
  return resolved;
}

/** Moving from slide to slide reads the deck once, not at every step. */
export const shouldRevalidate = ({ currentParams, nextParams, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) =>
  currentParams.id !== nextParams.id && defaultShouldRevalidate;

export function Component() {
  const { deck } = useLoaderData<typeof loader>();
  return <PresentDeck deck={deck} />;
}
