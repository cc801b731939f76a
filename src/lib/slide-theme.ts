/**
 * The light or dark theme a trainer chose for slides (a dark room, a washed-out projector), kept in localStorage
 * and written on <html> as `data-slide-theme`: boot.ts applies it before the static slide shows, so a window the
 * app has not started yet (an audience window) is in the chosen theme too. Absent, slides follow the system.
 */
export type SlideTheme = 'light' | 'dark';
const KEY = 'od-slide-theme';

export function storedSlideTheme(): SlideTheme | undefined {
  try {
    const v = localStorage.getItem(KEY);
    return v === 'light' || v === 'dark' ? v : undefined;
  } catch {
    return undefined; // Storage refused (a private window's policy): slides follow the system.
  }
}

export function applySlideTheme(theme: SlideTheme | undefined = storedSlideTheme()) {
  if (theme) document.documentElement.dataset.slideTheme = theme;
  else delete document.documentElement.dataset.slideTheme;
}

export function saveSlideTheme(theme: SlideTheme) {
  try {
    localStorage.setItem(KEY, theme);
  } catch {
    // Not kept, but applied for this visit.
  }
  applySlideTheme(theme);
}

/** The theme slides show now: the one chosen, else the system's. */
export const currentSlideTheme = (): SlideTheme =>
  storedSlideTheme() ?? (window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
