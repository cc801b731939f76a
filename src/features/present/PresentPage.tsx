import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Deck } from '../../content/deck-schema';
import { paths } from '../../lib/paths';
import { absoluteUrl } from '../../lib/site-url';
import { currentSlideTheme, saveSlideTheme, type SlideTheme } from '../../lib/slide-theme';
import { usePageTitle } from '../../ui/usePageTitle';
import { move, type DeckAction } from './deck-nav';
import { QrCode } from './QrCode';
import { slideLink, slideTitle, slideTabTitle } from './slide-info';
import { SlideView } from './SlideView';
import { useDeckKeys } from './useDeckKeys';
import { deckChannel } from './useDeckSync';
import { toggleFullscreen, useFullscreen } from './useFullscreen';
import { useSwipe } from './useSwipe';
import './present.css';

type Props = {
  deck: Deck;
  index: number;
  notice?: string;
  goTo: (index: number) => void;
  act: (a: DeckAction) => void;
  /** Where Exit and Esc lead: the list of decks, or the builder for a deck made in the browser. */
  exitTo?: string;
};

/** Esc within this long of leaving full screen was the browser's own Esc, not a second one. */
const ESC_AFTER_FULLSCREEN_MS = 600;

/** The audience window: one slide at projector size, keys of a clicker, an overview, a QR code on demand. */
export function PresentPage({ deck, index, notice, goTo, act, exitTo = paths.decks() }: Props) {
  const [overview, setOverview] = useState(false);
  const [qr, setQr] = useState(false);
  // Known only in the browser: the prerendered page has no theme button state to match (boot applies the theme).
  const [theme, setTheme] = useState<SlideTheme | undefined>(undefined);
  useEffect(() => setTheme(currentSlideTheme()), []);
  const { fullscreen, idle, leftAt } = useFullscreen();
  const navigate = useNavigate();
  const stage = useRef<HTMLElement>(null);
  useSwipe(stage, (d) => act(d));
  const current = useRef<HTMLAnchorElement>(null);
  const tiles = useRef<HTMLOListElement>(null);
  const moveFocus = (a: DeckAction) => {
    const links = [...(tiles.current?.querySelectorAll('a') ?? [])];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    links[move(at < 0 ? index : at, a, links.length)]?.focus();
  };
  const slide = deck.slides[index];
  const count = deck.slides.length;
  usePageTitle(slideTabTitle(deck, index));
  const switchTheme = () => {
    const next = (theme ?? currentSlideTheme()) === 'dark' ? 'light' : 'dark';
    saveSlideTheme(next);
    setTheme(next);
  };
  // Esc closes what is open, then leaves full screen (the browser does that itself), then the deck.
  const close = () => {
    if (overview || qr) return setOverview(false), setQr(false);
    if (document.fullscreenElement) return toggleFullscreen();
    if (performance.now() - leftAt() < ESC_AFTER_FULLSCREEN_MS) return;
    navigate(exitTo);
  };

  const openSpeaker = () =>
    window.open(paths.present(deck.id, index + 1, 'speaker'), `od-speaker-${deck.id}`, 'popup,width=1200,height=760');

  useDeckKeys((a) => {
    if (a === 'fullscreen') return toggleFullscreen();
    if (a === 'overview') return setOverview((o) => !o);
    if (a === 'qr') return setQr((q) => !q);
    if (a === 'speaker') return void openSpeaker();
    if (a === 'theme') return switchTheme();
    if (a === 'close') return close();
    if (overview) return moveFocus(a); // In the overview, keys move between tiles; Enter opens one.
    act(a);
  });

  useEffect(() => {
    if (overview) current.current?.focus();
  }, [overview]);

  return (
    <div className="present" data-wake-channel={deckChannel(deck.id)} data-fullscreen={fullscreen || undefined} data-idle={(fullscreen && idle) || undefined}>
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
        <main className="present-stage" id="main" ref={stage}>
          <SlideView slide={slide} />
        </main>
      )}
      {qr && (
        <aside className="present-qr" aria-label="QR code for this slide">
          <QrCode value={absoluteUrl(slideLink(deck, index))} label={`QR code for ${slideTitle(slide)}`} />
          <p className="present-qr-url">{absoluteUrl(slideLink(deck, index))}</p>
          <button type="button" className="button" onClick={() => setQr(false)}>Hide QR code</button>
        </aside>
      )}
      <footer className="present-bar">
        <Link to={exitTo} className="present-exit">Exit</Link>
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
          <button type="button" className="button" onClick={switchTheme} aria-keyshortcuts="t">
            {theme === 'dark' ? 'Light slides' : theme === 'light' ? 'Dark slides' : 'Light or dark'}
          </button>
          <button type="button" className="button" onClick={toggleFullscreen} aria-keyshortcuts="f">
            {fullscreen ? 'Leave full screen' : 'Full screen'}
          </button>
        </div>
      </footer>
    </div>
  );
}
