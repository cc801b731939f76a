/// <reference lib="webworker" />
/**
 * The service worker: precaches every built file (the list is injected at build time as `self.__WB_MANIFEST`), so
 * after one visit every page, card, deck and chart works without a network. A navigation gets its page's own
 * prerendered HTML; an address with no page of its own (an unknown card) gets the app shell. A new build waits
 * until the reader chooses to reload (src/ui/UpdatePrompt.tsx asks through src/app/register-sw.ts, which posts
 * SKIP_WAITING). The build bundles this file and injects the list (src/prerender/service-worker.ts).
 */
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope;

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

precacheAndRoute(self.__WB_MANIFEST, {
  // A page is prerendered as `<path>/index.html`, but linked as `<path>`, with or without a query string: answer
  // with that page, as a static host does, rather than with the app shell (the home page's HTML, hidden until the
  // app has rendered the page the reader asked for).
  urlManipulation: ({ url }) => [new URL(`${url.pathname.replace(/\/$/, '')}/index.html`, url.origin)],
});
cleanupOutdatedCaches();
registerRoute(new NavigationRoute(createHandlerBoundToURL(`${import.meta.env.BASE_URL}index.html`)));
