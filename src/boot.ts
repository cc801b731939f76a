/**
 * The page's only script tag. A prerendered page is complete as HTML: its text reads and its links work. When the
 * app (React, the router, the page's route) starts depends on the page (src/lib/start-mode.ts): a reading page or a
 * deck runs it on the reader's first interaction or scroll (or a deck window's first message from another), with its
 * chunks fetched in idle time meanwhile, and replays a button press, page-wide key or message that came before it
 * ran; a tool starts after the first paint or at once. Pages without prerendered HTML for their address start the
 * app at once.
 */
import { showLoadNotice } from './app/load-notice';
import { afterFirstPaint, afterNextPaint } from './lib/after-first-paint';
import { BASENAME } from './lib/basename';
import { firstIntent, holdChannel, holdInput } from './lib/first-input';
import { applySlideTheme } from './lib/slide-theme';
import { DEFAULT_START, isStartMode } from './lib/start-mode';
import { openSearchShell } from './ui/search-shell';
import './ui/theme.css';

const container = document.getElementById('root')!;
// A deck's light/dark choice, before a static slide shows (a few bytes; src/lib/slide-theme.ts).
applySlideTheme();

const trim = (p: string) => p.replace(/\/+$/, '') || '/';
const prerendered = container.dataset.prerendered;
/** The HTML in the page was prerendered for this path (a query string, as on a filtered list, may ask for more). */
const forThisPath = prerendered !== undefined && trim(prerendered) === trim(window.location.pathname);
/** The HTML is this very URL's page (not 404.html, not a filtered list): the app adopts it. */
const hydrate = forThisPath && window.location.search === '';
// HTML prerendered for another address (a static host's 404.html, or the app shell the service worker answers an
// address with no page of its own, whatever the query string) would show the wrong page until the app renders: hide
// it meanwhile rather than mislead. A filtered list's own static page stays until the app draws the filtered one.
if (prerendered !== undefined && !forThisPath) container.replaceChildren();

/** The chunks the prerender step listed for this page: the app and the page's route (src/prerender/preload.ts). */
const pageChunks = () => (container.dataset.preload ?? '').split(' ').filter(Boolean);

/** A link that fetches a chunk as the module scripts will request it (CORS), so the copy fetched is the one used. */
function chunkLink(rel: 'modulepreload' | 'prefetch', href: string) {
  const link = document.createElement('link');
  link.rel = rel;
  link.crossOrigin = '';
  link.href = href;
  return link;
}

/** Fetches all of `hrefs` at once, as module scripts, rather than one import after another. */
const modulepreload = (hrefs: string[]) => document.head.append(...hrefs.map((href) => chunkLink('modulepreload', href)));

const loaded = () =>
  new Promise<void>((resolve) => (document.readyState === 'complete' ? resolve() : window.addEventListener('load', () => resolve(), { once: true })));
/** The next moment the browser has nothing else to do (Safari, without idle callbacks: 50 ms from now). */
const later = (fn: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(() => fn()) : setTimeout(fn, 50));
const idle = () => new Promise<void>((resolve) => later(resolve));

/**
 * Prefetches `hrefs` (`<link rel=prefetch>`: downloaded into the cache, not run) while the browser is idle, one per
 * idle moment: adding a link costs a few milliseconds on a slow phone, and fifteen at once make a long task.
 */
function prefetchWhenIdle(hrefs: string[]) {
  const prefetch = ([href, ...rest]: string[]) => {
    if (!href) return;
    document.head.append(chunkLink('prefetch', href));
    later(() => prefetch(rest));
  };
  later(() => prefetch(hrefs));
}

/** A channel whose messages need the app, named on the page (a deck's audience window follows the speaker view). */
function wakeChannel() {
  const name = container.querySelector<HTMLElement>('[data-wake-channel]')?.dataset.wakeChannel;
  return name && typeof BroadcastChannel !== 'undefined' ? holdChannel(name) : undefined;
}

/** A macrotask break: evaluating the app's modules and starting it are two tasks, not one long one. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Offline support, in the built app only (the dev server always serves fresh code): registered once the page has
 * painted, has loaded and the browser is idle, so neither the precache downloads nor the registration compete with
 * the page's own work, whether or not the app ever starts. (A small page can fire `load` before its first paint.)
 */
async function registerServiceWorker() {
  if (!import.meta.env.PROD) return;
  await afterFirstPaint();
  await loaded();
  await idle();
  const { registerServiceWorker } = await import('./app/register-sw');
  registerServiceWorker();
}

/** Pauses before each new try to fetch the app's code: a dropped connection often comes back within a second. */
const RETRY_DELAYS_MS = [250, 1000];

/**
 * The app's code, fetched again when a chunk fails to arrive (flaky wifi, a fetch the browser or service worker
 * gave up on): the browser fetches a failed module again on the next import, so a new try can succeed.
 */
async function importApp() {
  for (const delay of RETRY_DELAYS_MS) {
    try {
      return await import('./main');
    } catch {
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
  return import('./main');
}

async function startApp(options: { sliced: boolean; onReady?: () => void }) {
  try {
    const app = await importApp();
    await nextTask();
    await app.start(container, { hydrate, ...options });
  } catch (error) {
    cannotStart(error, options);
  }
}

/**
 * The app did not start: most often its code did not arrive (a connection dropped mid-load). A static page still
 * reads and its links work, so it stays as it is, with a notice that says so and tries again on request; where
 * nothing is left to read, the reader is told what happened and how to try again, never left with a blank page.
 */
function cannotStart(error: unknown, options: { sliced: boolean; onReady?: () => void }) {
  console.error('The app could not start:', error);
  if (container.childElementCount > 0) return showLoadNotice(() => startApp(options));
  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text: string, more: Partial<HTMLElementTagNameMap[K]> = {}) =>
    Object.assign(document.createElement(tag), { textContent: text }, more);
  const main = element('main', '', { id: 'main' });
  const again = element('a', 'Try again', { href: window.location.href });
  const home = element('a', 'the home page', { href: `${BASENAME}/` });
  const p = element('p', 'Its code did not arrive, perhaps because the connection dropped. ');
  p.append(again, ', or go to ', home, '.');
  main.append(element('h1', 'This page could not load'), p);
  container.append(main);
}

// Its code may not arrive (a dropped connection): the page works without offline copies, so nothing is said.
registerServiceWorker().catch((error: unknown) => console.info('Offline copies are not available:', error));

void (async () => {
  const mode = isStartMode(container.dataset.start) ? container.dataset.start : DEFAULT_START;
  // Whatever the mode, the reader can press or click before the app listens (a tool's app starts after the first
  // paint, and hydrating takes a while on a slow phone): held from the start, done again once the app runs.
  const held = holdInput({ openSearch: openSearchShell });
  if (!hydrate || mode === 'at-once') {
    if (hydrate) modulepreload(pageChunks());
    return startApp({ sliced: false, onReady: () => held.replay() });
  }
  if (mode === 'after-paint') {
    // Text first on a slow connection; then hydration in slices, so input is never blocked for long.
    await afterFirstPaint();
    modulepreload(pageChunks());
    return startApp({ sliced: true, onReady: () => held.replay() });
  }
  const wake = wakeChannel();
  const intent = Promise.race([firstIntent(), ...(wake ? [wake.woken] : [])]);
  // Fetched, not run: the chunks wait in the cache for the first interaction, which then only has to run them.
  void afterFirstPaint().then(loaded).then(() => prefetchWhenIdle(pageChunks()));
  await intent;
  // What the reader's first event shows at once (search's shell) is painted before the app's work begins.
  await afterNextPaint();
  modulepreload(pageChunks());
  // The reader may be waiting for what they pressed: hydrate in one go, not in slices.
  await startApp({
    sliced: false,
    onReady: () => {
      held.replay();
      wake?.replay();
    },
  });
})();
