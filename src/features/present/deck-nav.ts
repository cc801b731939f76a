/** Pure rules of moving through a deck: which slide a URL means, and what each key a clicker sends does. */

export type SlidePosition = { index: number; notice?: string };

/** The 0-based slide for the 1-based `param` of the URL; anything else lands on a real slide with a notice. */
export function slideFromParam(param: string | undefined, count: number): SlidePosition {
  if (param === undefined || param === '') return { index: 0 };
  const n = Number(param);
  if (!/^\d+$/.test(param) || n < 1) return { index: 0, notice: `"${param}" is not a slide number; showing the first slide.` };
  if (n > count) return { index: count - 1, notice: `This deck has ${count} slides, not ${n}; showing the last one.` };
  return { index: n - 1 };
}

export type DeckAction = 'next' | 'prev' | 'first' | 'last' | 'fullscreen' | 'overview' | 'qr' | 'speaker' | 'theme' | 'close';

/** Keys of a keyboard and of presentation clickers (which send arrows, Page Up/Down, or B/period for "blank"). */
export function actionForKey(e: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey'>): DeckAction | undefined {
  if (e.altKey || e.ctrlKey || e.metaKey) return undefined;
  switch (e.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case 'n':
      return 'next';
    case ' ':
      return e.shiftKey ? 'prev' : 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
    case 'p':
      return 'prev';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'f':
    case 'F':
      return 'fullscreen';
    case 'o':
    case 'O':
      return 'overview';
    case 'q':
    case 'Q':
      return 'qr';
    case 's':
    case 'S':
      return 'speaker';
    case 't':
    case 'T':
      return 'theme';
    case 'Escape':
      return 'close';
    default:
      return undefined;
  }
}

/** The slide an action moves to, kept inside the deck. */
export function move(index: number, action: DeckAction, count: number): number {
  if (action === 'next') return Math.min(index + 1, count - 1);
  if (action === 'prev') return Math.max(index - 1, 0);
  if (action === 'first') return 0;
  if (action === 'last') return count - 1;
  return index;
}

/** mm:ss (or h:mm:ss) for the speaker's timer. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
