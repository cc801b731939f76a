import { useLayoutEffect, useState, useSyncExternalStore } from 'react';

/**
 * The content width of a box (give the returned callback as its `ref`), kept up to date as the window, full screen
 * or a slide frame resizes it; undefined until measured (the prerendered page is drawn by the stylesheet alone).
 */
export function useBoxWidth(): [(el: HTMLElement | null) => void, number | undefined] {
  const [el, setEl] = useState<HTMLElement | null>(null);
  const [width, setWidth] = useState<number>();
  useLayoutEffect(() => {
    if (!el) return;
    const measure = () => setWidth(el.clientWidth || undefined);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [el]);
  return [setEl, width];
}

/** Whether a media query matches; false on the server and in a test DOM without matchMedia. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = typeof window.matchMedia === 'function' ? window.matchMedia(query) : undefined;
      list?.addEventListener('change', onChange);
      return () => list?.removeEventListener('change', onChange);
    },
    () => (typeof window.matchMedia === 'function' ? window.matchMedia(query).matches : false),
    () => false,
  );
}

/**
 * A framed view (a deck's comparison slide) fills its frame and never scrolls, since a clicker cannot scroll it: the
 * document's root font size is the largest from `min` to `max` of its own at which nothing scrolls (a binary search,
 * each step one synchronous layout), found again whenever the frame or the content resizes. Text sized in rem
 * scales with it; the matrix's columns still come from the width.
 */
export function useFitToWindow(enabled: boolean, min = 0.6, max = 1.8) {
  useLayoutEffect(() => {
    if (!enabled || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const setScale = (scale: number) => root.style.setProperty('font-size', `${(scale * 100).toFixed(1)}%`);
    const fits = (scale: number) => {
      setScale(scale);
      return root.scrollHeight <= window.innerHeight + 1 && root.scrollWidth <= window.innerWidth + 1;
    };
    const fit = () => {
      let [lo, hi] = [min, max];
      if (fits(hi)) return;
      for (let i = 0; i < 8; i++) {
        const mid = (lo + hi) / 2;
        if (fits(mid)) lo = mid;
        else hi = mid;
      }
      setScale(lo);
    };
    fit();
    window.addEventListener('resize', fit);
    const observer = new ResizeObserver(fit);
    observer.observe(document.body);
    return () => {
      window.removeEventListener('resize', fit);
      observer.disconnect();
      root.style.removeProperty('font-size');
    };
  }, [enabled, min, max]);
}
