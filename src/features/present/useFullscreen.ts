import { useEffect, useState } from 'react';

/** How long the controls stay after the last mouse move or key in full screen. */
const IDLE_MS = 2500;

export function toggleFullscreen() {
  const done = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen?.();
  // A browser may refuse (an iframe, a kiosk): the slides still work without full screen.
  done?.catch(() => undefined);
}

/**
 * Whether the page is in full screen, and whether the controls should hide meanwhile: in full screen they go
 * after a moment without a mouse move, touch or key, and come back on the next one.
 */
export function useFullscreen(): { fullscreen: boolean; idle: boolean; leftAt: () => number } {
  const [fullscreen, setFullscreen] = useState(false);
  const [idle, setIdle] = useState(false);
  const [left] = useState(() => ({ at: -Infinity, on: false }));
  useEffect(() => {
    const sync = () => {
      const on = document.fullscreenElement !== null;
      if (left.on && !on) left.at = performance.now();
      left.on = on;
      setFullscreen(on);
    };
    sync();
    document.addEventListener('fullscreenchange', sync);
    return () => document.removeEventListener('fullscreenchange', sync);
  }, [left]);
  useEffect(() => {
    if (!fullscreen) return setIdle(false);
    let timer = window.setTimeout(() => setIdle(true), IDLE_MS);
    const wake = () => {
      setIdle(false);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setIdle(true), IDLE_MS);
    };
    const events = ['mousemove', 'pointerdown', 'keydown', 'touchstart'] as const;
    for (const e of events) window.addEventListener(e, wake, { passive: true });
    return () => {
      window.clearTimeout(timer);
      for (const e of events) window.removeEventListener(e, wake);
    };
  }, [fullscreen]);
  // When full screen last ended: the Esc that ended it must not also leave the deck.
  return { fullscreen, idle, leftAt: () => left.at };
}
