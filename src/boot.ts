/**
 * The page's only script tag. A prerendered page is complete as HTML, so the app (React, the router, the route's
 * code) is downloaded only once that HTML has been painted: on a slow connection the text comes first, then the
 * interactivity. Pages without prerendered HTML for their address, and pages whose route asks to start early (the
 * graph, `data-start="early"`), start the app at once.
 */
import { afterFirstPaint } from './lib/after-first-paint';
import './ui/theme.css';

const container = document.getElementById('root')!;

/** True when the HTML in the page was prerendered for this very URL (not 404.html, not a filtered list). */
function prerenderedHere(): boolean {
  const trim = (p: string) => p.replace(/\/+$/, '') || '/';
  const path = container.dataset.prerendered;
  return path !== undefined && trim(path) === trim(window.location.pathname) && window.location.search === '';
}

const hydrate = prerenderedHere();
// HTML prerendered for another address (a static host's 404.html, or the app shell the service worker serves
// offline) would show the wrong page until the app renders: hide it meanwhile rather than mislead.
if (container.dataset.prerendered !== undefined && !hydrate && window.location.search === '') container.replaceChildren();

/**
 * Starts fetching the chunks the prerender step listed for this page (the app and the page's route, see
 * src/prerender/preload.ts) all at once, rather than the route's only after the app has started.
 */
function preloadPageChunks() {
  const links = (container.dataset.preload ?? '').split(' ').filter(Boolean).map((href) => {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    return link;
  });
  document.head.append(...links);
}

/** A macrotask break: evaluating the app's modules and starting it are two tasks, not one long one. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

void (async () => {
  // Text first: a page waits for its first paint, unless its route asked to start early (the graph, a tool).
  const early = container.dataset.start === 'early';
  if (hydrate) {
    if (!early) await afterFirstPaint();
    preloadPageChunks();
  }
  const app = await import('./main');
  await nextTask();
  await app.start(container, { hydrate, early });
})();
