/**
 * When a prerendered page starts its app (src/boot.ts). A route asks with `handle: { start }`; the prerender step
 * writes it on the page's root element as `data-start`.
 * - `on-interaction` (reading pages, the explorer's default view and a deck; the default): the HTML already reads
 *   and its links work, so the app runs on the reader's first scroll, press, touch, key, focus or hover (or, for a
 *   deck's audience window, the speaker view's first move), and nothing runs on load.
 * - `after-paint` (pages that need their app at once: the explorer framed in a deck, filters, search, the reader's
 *   progress):
 *   once the page has painted, hydrating in slices so input is never blocked for long.
 * - `at-once` (a tool whose static picture cannot be used: the graph): before the first paint, in one go.
 */
export type StartMode = 'on-interaction' | 'after-paint' | 'at-once';

export const DEFAULT_START: StartMode = 'on-interaction';

/** What a route module may say in its `handle`. */
export type RouteHandle = { start?: StartMode };

export const isStartMode = (value: unknown): value is StartMode =>
  value === 'on-interaction' || value === 'after-paint' || value === 'at-once';
