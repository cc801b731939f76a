/**
 * A key of its own for the history entry the app starts in. React Router names every entry it did not create
 * "default", and its scroll restoration saves positions by that name, so every page opened directly (typed address,
 * bookmark, a link from an email) would share one saved position and jump to another load's place when the app
 * starts. The key lives in `history.state`, so a reload or a Back to this entry finds its own position again.
 */
export function ensureOwnHistoryKey() {
  const state: unknown = window.history.state;
  const current = state && typeof state === 'object' ? (state as Record<string, unknown>) : {};
  if (typeof current.key === 'string' && current.key !== 'default') return;
  const key = Math.random().toString(36).slice(2, 10);
  window.history.replaceState({ usr: null, idx: 0, ...current, key }, '');
}
