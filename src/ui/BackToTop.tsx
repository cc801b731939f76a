import { useEffect, useState, type RefObject } from 'react';

/** How far down (in window heights) the page must be before the control shows. */
const SHOW_AFTER_SCREENS = 1.5;

/**
 * "Back to top", floating at the bottom of the window once the reader is well down a long page. It scrolls to the
 * top (smoothly unless the reader asked for reduced motion) and moves focus to the main region, so the next Tab goes
 * on from the top of the page, not from the end.
 */
export function BackToTop({ main }: { main: RefObject<HTMLElement | null> }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const update = () => setShown(window.scrollY > window.innerHeight * SHOW_AFTER_SCREENS);
    update();
    window.addEventListener('scroll', update, { passive: true });
    return () => window.removeEventListener('scroll', update);
  }, []);
  const toTop = () => {
    const smooth = !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    window.scrollTo({ top: 0, behavior: smooth ? 'smooth' : 'auto' });
    main.current?.focus({ preventScroll: true });
  };
  return (
    <button type="button" className="button back-to-top" hidden={!shown} onClick={toTop}>
      <span aria-hidden="true">↑ </span>Back to top
    </button>
  );
}
