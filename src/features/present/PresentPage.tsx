import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { Deck } from '../../content/deck-schema';
import { paths } from '../../lib/paths';
import { usePageTitle } from '../../ui/usePageTitle';
import { move, type DeckAction } from './deck-nav';
import { QrCode } from './QrCode';
import { slideLink, slideTitle } from './slide-info';
import { SlideView } from './SlideView';
import { useDeckKeys } from './useDeckKeys';
import { deckChannel } from './useDeckSync';
import './present.css';

type Props = { deck: Deck; index: number; notice?: string; goTo: (index: number) => void; act: (a: DeckAction) => void };

function toggleFullscreen() {
  const done = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen?.();
  // A browser may refuse (an iframe, a kiosk): the slides still work without full screen.
  done?.catch(() => undefined);
}

/** The audience window: one slide at projector size, keys of a clicker, an overview, a QR code on demand. */
export function PresentPage({ deck, index, notice, goTo, act }: Props) {
  const [overview, setOverview] = useState(false);
  const [qr, setQr] = useState(false);
  const current = useRef<HTMLAnchorElement>(null);
  const tiles = useRef<HTMLOListElement>(null);
  const moveFocus = (a: DeckAction) => {
    const links = [...(tiles.current?.querySelectorAll('a') ?? [])];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    links[move(at < 0 ? index : at, a, links.length)]?.focus();
  };
  const slide = deck.slides[index];
  const count = deck.slides.length;
  usePageTitle(`${slideTitle(slide)} (${index + 1}/${count}) · ${deck.title}`);

  const openSpeaker = () =>
    window.open(paths.present(deck.id, index + 1, 'speaker'), `od-speaker-${deck.id}`, 'popup,width=1200,height=760');

  useDeckKeys((a) => {
    if (a === 'fullscreen') return toggleFullscreen();
    if (a === 'overview') return setOverview((o) => !o);
    if (a === 'qr') return setQr((q) => !q);
    if (a === 'speaker') return void openSpeaker();
    if (a === 'close') return setOverview(false), setQr(false);
    if (overview) return moveFocus(a); // In the overview, keys move between tiles; Enter opens one.
    act(a);
  });

  useEffect(() => {
    if (overview) current.current?.focus();
  }, [overview]);

  return (
    <div className="present" data-wake-channel={deckChannel(deck.id)}>
      {notice && <p className="notice present-notice" role="status">{notice}</p>}
      {overview ? (
        <nav className="present-overview" aria-label="All slides">
          <h1 className="present-overview-title">{deck.title}: all slides</h1>
          <ol ref={tiles}>
            {deck.slides.map((s, i) => (
              <li key={i}>
                <Link
                  ref={i === index ? current : undefined}
                  to={paths.present(deck.id, i + 1)}
                  replace
                  aria-current={i === index ? 'step' : undefined}
                  onClick={() => setOverview(false)}
                >
                  <span className="present-overview-n">{i + 1}</span> {slideTitle(s)}
                </Link>
              </li>
            ))}
          </ol>
        </nav>
      ) : (
        <main className="present-stage" id="main">
          <SlideView slide={slide} />
        </main>
      )}
      {qr && (
        <aside className="present-qr" aria-label="QR code for this slide">
          <QrCode value={new URL(slideLink(deck, index), window.location.origin).href} label={`QR code for ${slideTitle(slide)}`} />
          <p className="present-qr-url">{new URL(slideLink(deck, index), window.location.origin).href}</p>
          <button type="button" className="button" onClick={() => setQr(false)}>Hide QR code</button>
        </aside>
      )}
      <footer className="present-bar">
        <Link to={paths.decks()} className="present-exit">Exit</Link>
        <span className="present-deck-title">{deck.title}</span>
        <div className="present-controls" role="group" aria-label="Slide controls">
          <button type="button" className="button" onClick={() => goTo(index - 1)} disabled={index === 0}>
            <span aria-hidden="true">←</span> Previous
          </button>
          <span className="present-counter" aria-live="polite" aria-atomic="true">
            <span className="visually-hidden">Slide </span>{index + 1} / {count}
          </span>
          <button type="button" className="button" onClick={() => goTo(index + 1)} disabled={index === count - 1}>
            Next <span aria-hidden="true">→</span>
          </button>
          <button type="button" className="button" aria-pressed={overview} onClick={() => setOverview((o) => !o)} aria-keyshortcuts="o">Overview</button>
          <button type="button" className="button" aria-pressed={qr} onClick={() => setQr((q) => !q)} aria-keyshortcuts="q">QR code</button>
          <button type="button" className="button" onClick={openSpeaker} aria-keyshortcuts="s">Speaker view</button>
          <button type="button" className="button" onClick={toggleFullscreen} aria-keyshortcuts="f">Full screen</button>
        </div>
      </footer>
    </div>
  );
}
