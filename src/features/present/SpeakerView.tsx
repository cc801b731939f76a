import { useEffect, useState } from 'react';
import type { Deck } from '../../content/deck-schema';
import { usePageTitle } from '../../ui/usePageTitle';
import { formatElapsed } from './deck-nav';
import type { DeckAction } from './deck-nav';
import { slideTitle } from './slide-info';
import { SlideView } from './SlideView';
import { useDeckKeys } from './useDeckKeys';
import './present.css';

function useTimer() {
  const [started, setStarted] = useState(() => Date.now());
  const [pausedAt, setPausedAt] = useState<number | null>(null);
  const [now, setNow] = useState(started);
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, []);
  const elapsed = (pausedAt ?? now) - started;
  return {
    elapsed,
    paused: pausedAt !== null,
    toggle: () => {
      if (pausedAt === null) return setPausedAt(Date.now());
      setStarted((s) => s + (Date.now() - pausedAt));
      setPausedAt(null);
    },
    reset: () => {
      const t = Date.now();
      setStarted(t);
      setNow(t);
      setPausedAt(null);
    },
  };
}

/** The presenter's window: current and next slide, the notes and a timer, kept in step with the audience. */
export function SpeakerView({ deck, index, goTo, act }: { deck: Deck; index: number; goTo: (i: number) => void; act: (a: DeckAction) => void }) {
  const slide = deck.slides[index];
  const next = deck.slides[index + 1];
  const count = deck.slides.length;
  const timer = useTimer();
  usePageTitle(`Speaker view: ${deck.title}`);
  useDeckKeys((a) => {
    if (a === 'next' || a === 'prev' || a === 'first' || a === 'last') act(a);
  });
  return (
    <div className="speaker">
      <header className="speaker-head">
        <h1>Speaker view: {deck.title}</h1>
        <p className="speaker-counter" aria-live="polite" aria-atomic="true">Slide {index + 1} of {count}</p>
        <div className="speaker-timer" role="group" aria-label="Timer">
          <span className="speaker-time" role="timer" aria-label={`Elapsed ${formatElapsed(timer.elapsed)}`}>
            {formatElapsed(timer.elapsed)}
          </span>
          {deck.minutes && <span className="muted"> of about {deck.minutes} min</span>}{' '}
          <button type="button" className="button" onClick={timer.toggle}>{timer.paused ? 'Resume' : 'Pause'}</button>{' '}
          <button type="button" className="button" onClick={timer.reset}>Reset</button>
        </div>
        <div className="speaker-nav">
          <button type="button" className="button" onClick={() => goTo(index - 1)} disabled={index === 0}>← Previous</button>{' '}
          <button type="button" className="button" onClick={() => goTo(index + 1)} disabled={index === count - 1}>Next →</button>
        </div>
      </header>
      <section className="speaker-current" aria-labelledby="speaker-current-h">
        <h2 id="speaker-current-h" className="speaker-label">Now: slide {index + 1}</h2>
        <div className="speaker-frame"><SlideView slide={slide} heading="h3" live={false} /></div>
      </section>
      <section className="speaker-notes" aria-labelledby="speaker-notes-h">
        <h2 id="speaker-notes-h" className="speaker-label">Notes</h2>
        {slide.notes ? slide.notes.split(/\n{2,}/).map((p, i) => <p key={i}>{p}</p>) : <p className="muted">No notes for this slide.</p>}
      </section>
      <section className="speaker-next" aria-labelledby="speaker-next-h">
        <h2 id="speaker-next-h" className="speaker-label">Next</h2>
        {next ? (
          <>
            <p className="speaker-next-title">{index + 2}. {slideTitle(next)}</p>
            <div className="speaker-frame" inert><SlideView slide={next} heading="h3" live={false} /></div>
          </>
        ) : (
          <p className="muted">End of the deck.</p>
        )}
      </section>
    </div>
  );
}
