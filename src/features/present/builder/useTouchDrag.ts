import { useEffect, useRef, type PointerEvent } from 'react';

export type TouchDragTarget = {
  onStart: () => void;
  /** The slide index under the finger, or undefined when it is over none. */
  onTouchOver: (target: number | undefined) => void;
  onTouchDrop: () => void;
  onEnd: () => void;
};

/** Within this many px of the window's top or bottom edge, a held finger scrolls the page. */
const EDGE = 64;

/** The slide index under a point, from the list items' `data-slide`; undefined outside the list. */
const slideAt = (x: number, y: number) => {
  const li = document.elementFromPoint(x, y)?.closest<HTMLElement>('[data-slide]');
  return li ? Number(li.dataset.slide) : undefined;
};

/**
 * Dragging a slide's handle with a finger or a pen. Touch browsers do not all start HTML drag and drop, and a finger
 * on the list would scroll it: the handle takes the pointer (`touch-action: none`), the slide under the finger is the
 * target, and while the finger rests near the window's top or bottom edge the page scrolls (every frame, since a
 * finger held still sends no events), faster the nearer the edge.
 */
export function useTouchDrag(drag: TouchDragTarget) {
  const finger = useRef<{ x: number; y: number; frame: number }>(undefined);
  const stop = () => {
    if (finger.current) cancelAnimationFrame(finger.current.frame);
    finger.current = undefined;
  };
  useEffect(() => stop, []);
  const follow = () => {
    const f = finger.current;
    if (!f) return;
    const bottom = window.innerHeight - EDGE;
    const step = f.y < EDGE ? -(EDGE - f.y) / 4 : f.y > bottom ? (f.y - bottom) / 4 : 0;
    if (step) window.scrollBy({ top: step, behavior: 'instant' });
    drag.onTouchOver(slideAt(f.x, f.y));
    f.frame = requestAnimationFrame(follow);
  };
  return {
    onPointerDown: (e: PointerEvent<HTMLElement>) => {
      if (e.pointerType === 'mouse') return; // a mouse uses HTML drag and drop
      e.currentTarget.setPointerCapture(e.pointerId);
      stop();
      drag.onStart();
      finger.current = { x: e.clientX, y: e.clientY, frame: requestAnimationFrame(follow) };
    },
    onPointerMove: (e: PointerEvent<HTMLElement>) => {
      if (!finger.current) return;
      finger.current.x = e.clientX;
      finger.current.y = e.clientY;
    },
    onPointerUp: () => {
      if (!finger.current) return;
      stop();
      drag.onTouchDrop();
    },
    onPointerCancel: () => {
      stop();
      drag.onEnd();
    },
  };
}
