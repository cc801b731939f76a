import { StrictMode, useEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, type DataRouter } from 'react-router';
// The DOM build of the provider: it can apply a navigation with ReactDOM.flushSync when asked (`flushSync: true`).
import { RouterProvider } from 'react-router/dom';
import { routes } from './app/routes';
import { BASENAME } from './lib/basename';
import './ui/theme.css';

const container = document.getElementById('root')!;
const router = createBrowserRouter(routes, { basename: BASENAME || undefined });
/** Marks the page interactive (`<html data-ready>`), for tests and anyone checking that hydration finished. */
function Ready({ children }: { children: ReactNode }) {
  useEffect(() => {
    document.documentElement.dataset.ready = 'true';
  }, []);
  return children;
}

const app = (
  <StrictMode>
    <Ready>
      <RouterProvider router={router} />
    </Ready>
  </StrictMode>
);

// Offline support (service worker) only in the built app; the dev server always serves fresh code.
if (import.meta.env.PROD) void import('./app/register-sw').then((m) => m.registerServiceWorker());
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

/** True when the HTML in the page was prerendered for this very URL (not 404.html, not a filtered list). */
function prerenderedHere(): boolean {
  const trim = (p: string) => p.replace(/\/+$/, '') || '/';
  const path = container.dataset.prerendered;
  return path !== undefined && trim(path) === trim(window.location.pathname) && window.location.search === '';
}

// HTML prerendered for another address (a static host's 404.html, or the app shell the service worker serves
// offline) would show the wrong page until the app renders: hide it meanwhile rather than mislead.
if (container.dataset.prerendered !== undefined && !prerenderedHere() && window.location.search === '') container.replaceChildren();

void initialized(router).then(() => {
  if (prerenderedHere()) hydrateRoot(container, app);
  else createRoot(container).render(app);
});
