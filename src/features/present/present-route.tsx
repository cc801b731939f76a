/** Route module for `/present/:deck/:slide?` (audience) and `?view=speaker` (the presenter's window). */
import type { RouteHandle } from '../../lib/start-mode';
import { useCallback, useEffect, useRef } from 'react';
import { data, useLoaderData, useNavigate, useParams, useSearchParams, type LoaderFunctionArgs } from 'react-router';
import type { Deck } from '../../content/deck-schema';
import { getDeck } from '../../content/decks';
import { paths } from '../../lib/paths';
import { DeckErrorBoundary } from './DeckNotFound';
import { move, slideFromParam, type DeckAction } from './deck-nav';
import { PresentPage } from './PresentPage';
import { SpeakerView } from './SpeakerView';
import { useDeckSync } from './useDeckSync';

/**
 * A deck's app starts on the presenter's first key or click, which it then carries out (boot.ts), or when the
 * speaker view moves: an audience window nobody touches names its channel on the page (`data-wake-channel`), and
 * boot starts the app on the first message there and hands the message on.
 */
export const handle: RouteHandle = { start: 'on-interaction' };

/** Outside the site layout, so an unknown deck gets its own page with a way back. */
export function ErrorBoundary() {
  return (
    <main className="present-missing" id="main">
      <DeckErrorBoundary />
    </main>
  );
}

export function loader({ params }: LoaderFunctionArgs) {
  const id = params.deck ?? '';
  if (!getDeck(id)) throw data({ id }, { status: 404, statusText: 'Deck not found' });
  return { id };
}

export function Component() {
  const { id } = useLoaderData<typeof loader>();
  return <PresentDeck deck={getDeck(id)!} />;
}

/** A deck on screen, audience or speaker view by the URL: a shipped deck, or a trainer's own (builder/). */
export function PresentDeck({ deck }: { deck: Deck }) {
  const [search] = useSearchParams();
  // A shipped deck's slide is in the path (`/present/<deck>/3`), a trainer's in the query (`/present/mine?slide=3`).
  const slide = useParams().slide ?? search.get('slide') ?? undefined;
  const speaker = search.get('view') === 'speaker';
  const navigate = useNavigate();
  const { index, notice } = slideFromParam(slide, deck.slides.length);
  // The slide being moved to: a clicker pressed twice quickly moves two slides, even while the URL catches up.
  const target = useRef(index);
  useEffect(() => {
    target.current = index;
  }, [index]);
  const goTo = useCallback(
    (i: number) => {
      const next = Math.max(0, Math.min(i, deck.slides.length - 1));
      if (next === target.current && slide !== undefined) return;
      target.current = next;
      // Replace, not push: Back leaves the presentation instead of stepping through every slide.
      navigate(paths.present(deck.id, next + 1, speaker ? 'speaker' : undefined), { replace: true });
    },
    [deck, slide, speaker, navigate],
  );
  const act = (a: DeckAction) => goTo(move(target.current, a, deck.slides.length));
  useDeckSync(deck.id, index, goTo);
  return speaker ? (
    <SpeakerView deck={deck} index={index} goTo={goTo} act={act} />
  ) : (
    <PresentPage deck={deck} index={index} notice={notice} goTo={goTo} act={act} />
  );
}
