import { useEffect, useRef } from 'react';

/**
 * Keeps every window presenting the same deck on the same slide (audience and speaker view), through a
 * BroadcastChannel: no server, and nothing leaves the browser. Each window posts the slide it moved to.
 */
export function useDeckSync(deckId: string, index: number, goTo: (index: number) => void) {
  const channel = useRef<BroadcastChannel | null>(null);
  const latest = useRef(goTo);
  useEffect(() => {
    latest.current = goTo;
  });
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const ch = new BroadcastChannel(`od-present:${deckId}`);
    ch.onmessage = (e: MessageEvent<{ slide?: unknown }>) => {
      if (typeof e.data?.slide === 'number') latest.current(e.data.slide);
    };
    channel.current = ch;
    return () => {
      ch.close();
      channel.current = null;
    };
  }, [deckId]);
  useEffect(() => {
    channel.current?.postMessage({ slide: index });
  }, [index, deckId]);
}
