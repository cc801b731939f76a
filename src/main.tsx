import { StrictMode, startTransition, useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, type DataRouter } from 'react-router';
// The DOM build of the provider: it can apply a navigation with ReactDOM.flushSync when asked (`flushSync: true`).
import { RouterProvider } from 'react-router/dom';
import { routes } from './app/routes';
import { showLoadNotice } from './app/load-notice';
import { BASENAME } from './lib/basename';
import { isLoadError, StaleBuildError } from './lib/load-retry';
import { RetryContext } from './ui/retry-context';
import { ensureOwnHistoryKey } from './lib/history-key';

/** Where the reader is on the prerendered page while the app is starting. */
let staticScroll = { x: 0, y: 0 };
const trackScroll = () => (staticScroll = { x: window.scrollX, y: window.scrollY });

/**
 * Marks the page interactive (`<html data-ready>`), for tests and anyone checking that hydration finished.
 * On a hydrated page it also keeps the reader exactly where they are: the page was already at its #heading, at the
 * top, or where the browser restored it (Back, reload), and the reader may have scrolled since. React Router's scroll
 * restoration, on its first render, would send it to the top, to the #heading again or to a saved position, which
 * would yank the page (and move a link from under a finger about to tap it). Its layout effect runs first, in the
 * same frame, so the jump is never painted.
 */
function Ready({ children, hydrated, onReady }: { children: ReactNode; hydrated: boolean; onReady?: () => void }) {
  useLayoutEffect(() => {
    window.removeEventListener('scroll', trackScroll);
    if (hydrated && (window.scrollX !== staticScroll.x || window.scrollY !== staticScroll.y)) window.scrollTo(staticScroll.x, staticScroll.y);
  }, [hydrated]);
  useEffect(() => {
    document.documentElement.dataset.ready = 'true';
    onReady?.();
  }, [onReady]);
  return children;
}

/**
 * The router first resolves the page's lazy route module and runs its loaders (which also load a card's body),
 * so the first render is complete and equals the prerendered HTML, which stays on screen meanwhile.
 */
function initialized(r: DataRouter): Promise<void> {
  return new Promise((resolve) => {
    if (r.state.initialized) return resolve();
    const stop = r.subscribe((state) => {
      if (!state.initialized) return;
      stop();
      resolve();
    });
  });
}

const createRouter = () => createBrowserRouter(routes, { basename: BASENAME || undefined });

/**
 * The router, replaced by a new one when the reader asks to try again: the old one keeps each route's failed code
 * load for its lifetime, a new one fetches the code and data of the current address afresh.
 */
function RetryingRouter({ first }: { first: DataRouter }) {
  const [{ router, tries }, setRouter] = useState({ router: first, tries: 0 });
  const current = useRef(first);
  const retry = useCallback(async () => {
    const next = createRouter();
    await initialized(next);
    // The old router stops listening (to the back button too) once the new one is rendered in its place.
    const old = current.current;
    current.current = next;
    setRouter((was) => ({ router: next, tries: was.tries + 1 }));
    queueMicrotask(() => old.dispose());
  }, []);
  return (
    <RetryContext value={retry}>
      {/* A new key: the provider keeps the state of the router it first got, so a new router needs a new one. */}
      <RouterProvider key={tries} router={router} />
    </RetryContext>
  );
}

/** A load error the first render would show in place of the prerendered page (a 404 is the page itself). */
function loadErrorOf(router: DataRouter): unknown {
  return Object.values(router.state.errors ?? {}).find(isLoadError);
}

type StartOptions = {
  /** Adopt the prerendered HTML in `container` rather than render afresh. */
  hydrate: boolean;
  /** Hydrate in slices (inside a transition), so a long page does not block input for long on a slow phone. */
  sliced: boolean;
  /** Called once the app is interactive (boot.ts replays what the reader did before). */
  onReady?: () => void;
};

/** Starts the app in `container`: hydrates the prerendered HTML there, or renders afresh. Called by boot.ts. */
export async function start(container: HTMLElement, { hydrate, sliced, onReady }: StartOptions) {
  trackScroll();
  window.addEventListener('scroll', trackScroll, { passive: true });
  ensureOwnHistoryKey();
  const router = createRouter();
  await initialized(router);
  // The page's code or data did not load: hydrating would replace the page being read with an error. The static
  // page stays (its text reads, its links are plain links); a notice offers to try again, or, when the site has
  // been updated meanwhile, the links load the new version's pages.
  const failed = hydrate ? loadErrorOf(router) : undefined;
  if (failed) {
    router.dispose();
    window.removeEventListener('scroll', trackScroll);
    if (failed instanceof StaleBuildError) console.info(failed.message);
    else showLoadNotice(() => start(container, { hydrate, sliced, onReady }));
    return;
  }
  const app = (
    <StrictMode>
      <Ready hydrated={hydrate} onReady={onReady}>
        <RetryingRouter first={router} />
      </Ready>
    </StrictMode>
  );
  // Slicing yields to the browser every few milliseconds; the yields cost time to interactive, so a page someone
  // is waiting on (the graph, a reader's first press) hydrates in one go.
  const render = () => {
    if (hydrate) hydrateRoot(container, app);
    else createRoot(container).render(app);
  };
  if (sliced) startTransition(render);
  else render();
}
