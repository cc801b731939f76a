import { useEffect, useRef, type RefObject } from 'react';

/** A swipe is a mostly sideways touch move of at least this many px. */
const MIN_SWIPE_PX = 50;

/** Swipe left for the next slide, right for the previous one, on a touch screen (a tablet at the front). */
export function useSwipe(target: RefObject<HTMLElement | null>, onSwipe: (direction: 'next' | 'prev') => void) {
  const latest = useRef(onSwipe);
  useEffect(() => {
    latest.current = onSwipe;
  });
  useEffect(() => {
    const el = target.current;
    if (!el) return;
    let start: { x: number; y: number } | undefined;
    const down = (e: PointerEvent) => {
      start = e.pointerType === 'touch' ? { x: e.clientX, y: e.clientY } : undefined;
    };
    const up = (e: PointerEvent) => {
      if (!start) return;
      const dx = e.clientX - start.x;
      const dy = e.clientY - start.y;
      start = undefined;
      if (Math.abs(dx) >= MIN_SWIPE_PX && Math.abs(dx) > 2 * Math.abs(dy)) latest.current(dx < 0 ? 'next' : 'prev');
    };
    const cancel = () => (start = undefined);
    el.addEventListener('pointerdown', down);
    el.addEventListener('pointerup', up);
    el.addEventListener('pointercancel', cancel);
    return () => {
      el.removeEventListener('pointerdown', down);
      el.removeEventListener('pointerup', up);
      el.removeEventListener('pointercancel', cancel);
    };
  }, [target]);
}
