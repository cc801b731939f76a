import { useCallback, useEffect, useId, useRef, useState, type FocusEvent, type PointerEvent } from 'react';

/** Long enough that moving the pointer across a paragraph opens nothing; short enough to feel responsive. */
export const OPEN_DELAY_MS = 400;
/** Time to move the pointer from the link onto the preview without it closing. */
const CLOSE_DELAY_MS = 200;

/**
 * Open/close logic of a link preview: hover (mouse or pen) or keyboard focus opens it after a delay; leaving,
 * blurring, scrolling or Escape closes it. A tap never opens it (pointer type "touch", and the focus a tap or
 * click gives is ignored), so the first tap on a touch screen simply follows the link.
 */
export function useLinkPreview() {
  const [open, setOpen] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const pressed = useRef(false);
  const tooltipId = useId();

  const schedule = useCallback((next: boolean, ms: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setOpen(next), ms);
  }, []);
  const close = useCallback(() => {
    clearTimeout(timer.current);
    setOpen(false);
  }, []);

  useEffect(() => () => clearTimeout(timer.current), []);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close();
    };
    document.addEventListener('keydown', onKey);
    window.addEventListener('scroll', close, { passive: true });
    return () => {
      document.removeEventListener('keydown', onKey);
      window.removeEventListener('scroll', close);
    };
  }, [open, close]);

  const linkProps = {
    'aria-describedby': open ? tooltipId : undefined,
    onPointerEnter: (e: PointerEvent) => {
      if (e.pointerType !== 'touch') schedule(true, OPEN_DELAY_MS);
    },
    onPointerLeave: () => schedule(false, CLOSE_DELAY_MS),
    onPointerDown: () => {
      pressed.current = true;
      close();
    },
    onFocus: (_e: FocusEvent) => {
      if (pressed.current) pressed.current = false;
      else schedule(true, OPEN_DELAY_MS);
    },
    onBlur: close,
  };
  const previewProps = {
    id: tooltipId,
    onPointerEnter: () => clearTimeout(timer.current),
    onPointerLeave: () => schedule(false, CLOSE_DELAY_MS),
  };
  return { open, linkProps, previewProps };
}
