import { useCallback, useEffect, useState, type RefObject } from 'react';

/**
 * Full screen for projectors: the Fullscreen API where the browser allows it, else a page-filling overlay
 * (left with the same button or Escape).
 */
export function useFullscreen(ref: RefObject<HTMLElement | null>) {
  const [on, setOn] = useState(false);
  const [fallback, setFallback] = useState(false);

  useEffect(() => {
    const sync = () => setOn(document.fullscreenElement === ref.current && ref.current !== null);
    document.addEventListener('fullscreenchange', sync);
    return () => document.removeEventListener('fullscreenchange', sync);
  }, [ref]);

  useEffect(() => {
    if (!fallback) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setFallback(false);
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [fallback]);

  const toggle = useCallback(async () => {
    const el = ref.current;
    if (!el) return;
    if (document.fullscreenElement) return void (await document.exitFullscreen());
    if (fallback) return setFallback(false);
    try {
      await el.requestFullscreen();
    } catch {
      setFallback(true);
    }
  }, [ref, fallback]);

  return { active: on || fallback, fallback, toggle };
}
