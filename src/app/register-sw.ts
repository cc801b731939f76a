/// <reference types="vite-plugin-pwa/client" />
/**
 * Registers the service worker that precaches the whole app (every page, card, deck and chart), so a workshop
 * keeps going when the venue's wifi does not. Browser only: main.tsx calls it once the page has loaded.
 */
import { registerSW } from 'virtual:pwa-register';
import { pwaStatus } from '../lib/pwa-status';

export function registerServiceWorker() {
  if (!('serviceWorker' in navigator)) return;
  const update = registerSW({
    onNeedRefresh: () => pwaStatus.set({ needRefresh: true }),
    onOfflineReady: () => pwaStatus.set({ offlineReady: true }),
  });
  pwaStatus.onReload(() => void update(true));
}
