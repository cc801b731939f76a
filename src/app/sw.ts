/// <reference lib="webworker" />
/**
 * The service worker: precaches every built file (the list is injected at build time as `self.__WB_MANIFEST`), so
 * after one visit every page, card, deck and chart works without a network, and answers navigations to client
 * routes with the app shell. A new build waits until the reader chooses to reload (src/ui/UpdatePrompt.tsx asks
 * through `registerSW`, which posts SKIP_WAITING).
 */
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope;

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
registerRoute(new NavigationRoute(createHandlerBoundToURL(`${import.meta.env.BASE_URL}index.html`)));
