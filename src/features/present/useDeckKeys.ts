import { useEffect, useRef } from 'react';
import { actionForKey, type DeckAction } from './deck-nav';

/** Clicker and keyboard keys anywhere on the page, except while typing or pressing a focused control. */
export function useDeckKeys(onAction: (action: DeckAction) => void) {
  const latest = useRef(onAction);
  useEffect(() => {
    latest.current = onAction;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      // Space and Enter on a focused button or link belong to that control.
      if ((e.key === ' ' || e.key === 'Enter') && target?.closest('button, a, summary')) return;
      const action = actionForKey(e);
      if (!action) return;
      e.preventDefault();
      latest.current(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
