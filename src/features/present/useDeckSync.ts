import { useEffect, useRef } from 'react';
import { takeHeldChannel } from '../../lib/first-input';

/** The channel a deck's windows share. An audience window names it on the page, so it can start its app when told. */
export const deckChannel = (deckId: string) => `od-present:${deckId}`;

/**
 * Keeps every window presenting the same deck on the same slide (audience and speaker view), through a
 * BroadcastChannel: no server, and nothing leaves the browser. Each window posts the slide it moved to.
 */
export function useDeckSync(deckId: string, index: number, goTo: (index: number) => void) {
  const channel = useRef<BroadcastChannel | null>(null);
  const latest = useRef(goTo);
  const posted = useRef<{ deckId: string; index: number } | null>(null);
  // The slides other windows told this one to show, in order, until it shows them: a busy window may hear the
  // presenter press twice before its move to the first slide lands.
  const told = useRef<number[]>([]);
  useEffect(() => {
    latest.current = goTo;
  });
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const name = deckChannel(deckId);
    // The channel boot listened on before the app ran (src/boot.ts), still open: a move posted while the app
    // started is queued on it and arrives here, and the moves it heard before are handled first, in order.
    const held = takeHeldChannel(name);
    const ch = held?.channel ?? new BroadcastChannel(name);
    told.current = [];
    const onSlide = (data: { slide?: unknown } | null) => {
      if (typeof data?.slide !== 'number') return;
      if (data.slide !== posted.current?.index) told.current.push(data.slide);
      latest.current(data.slide);
    };
    ch.onmessage = (e: MessageEvent<{ slide?: unknown } | null>) => onSlide(e.data);
    held?.pending.forEach((data) => onSlide(data as { slide?: unknown } | null));
    channel.current = ch;
    return () => {
      ch.close();
      channel.current = null;
    };
  }, [deckId]);
  useEffect(() => {
    // A move, not the first render: a window opened (or started by a message, boot.ts) on an older slide would
    // otherwise pull the others back to it.
    // Nor is a move another window asked for told back: by the time it arrived, that window (a presenter pressing
    // twice) may be a slide further on, and would be pulled back.
    const before = posted.current;
    // Showing a slide it was told about also settles the ones told before it, which it went past.
    const at = told.current.lastIndexOf(index);
    const echo = at >= 0;
    if (echo) told.current = told.current.slice(at + 1);
    posted.current = { deckId, index };
    if (before?.deckId === deckId && before.index !== index && !echo) channel.current?.postMessage({ slide: index });
  }, [index, deckId]);
}
