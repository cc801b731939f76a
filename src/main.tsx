import { StrictMode, startTransition, useEffect, useLayoutEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, type DataRouter } from 'react-router';
// The DOM build of the provider: it can apply a navigation with ReactDOM.flushSync when asked (`flushSync: true`).
import { RouterProvider } from 'react-router/dom';
import { routes } from './app/routes';
import { BASENAME } from './lib/basename';

/** How far the reader has scrolled the prerendered page while the app was starting. */
let staticScrollY = 0;
const trackScroll = () => (staticScrollY = window.scrollY);

/**
 * Marks the page interactive (`<html data-ready>`), for tests and anyone checking that hydration finished.
 * On a hydrated page it also keeps the reader where they had scrolled: React Router's scroll restoration sends a
 * location it has no saved position for to the top on its first render, which would yank the page (and move a
 * link from under a finger about to tap it). A #hash target or a restored position is left alone.
 */
function Ready({ children, hydrated }: { children: ReactNode; hydrated: boolean }) {
  useLayoutEffect(() => {
    window.removeEventListener('scroll', trackScroll);
    if (hydrated && !window.location.hash && window.scrollY === 0 && staticScrollY > 0) window.scrollTo(0, staticScrollY);
  }, [hydrated]);
  useEffect(() => {
    document.documentElement.dataset.ready = 'true';
  }, []);
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

/**
 * Starts the app in `container`: hydrates the prerendered HTML there, or renders afresh. Called by boot.ts;
 * `early`: the page's route wants it interactive as soon as possible (hydrate in one go, not in slices).
 */
export async function start(container: HTMLElement, { hydrate, early }: { hydrate: boolean; early: boolean }) {
  trackScroll();
  window.addEventListener('scroll', trackScroll, { passive: true });
  const router = createBrowserRouter(routes, { basename: BASENAME || undefined });
  await initialized(router);
  const app = (
    <StrictMode>
      <Ready hydrated={hydrate}>
        <RouterProvider router={router} />
      </Ready>
    </StrictMode>
  );
  // Hydration inside a transition is time-sliced: React yields to the browser every few milliseconds, so a long
  // card page does not block input for hundreds of milliseconds on a slow phone. The yields cost time to
  // interactive, which matters more on a tool page (the graph) than a long task does.
  const render = () => {
    if (hydrate) hydrateRoot(container, app);
    else createRoot(container).render(app);
  };
  if (early) render();
  else startTransition(render);
  registerServiceWorker();
}

/**
 * Offline support, in the built app only (the dev server always serves fresh code); registered once the page
 * has loaded, so that the precache downloads do not compete with the page's own.
 */
function registerServiceWorker() {
  if (!import.meta.env.PROD) return;
  const register = () => void import('./app/register-sw').then((m) => m.registerServiceWorker());
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
