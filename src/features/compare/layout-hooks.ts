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
