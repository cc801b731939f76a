/**
 * Registers the service worker that precaches the whole app (every page, card, deck and chart), so a workshop
 * keeps going when the venue's wifi does not. Browser only: boot.ts calls it once the page has loaded.
 * A new version waits until the reader chooses to reload (src/ui/UpdatePrompt.tsx): the page says it is there,
 * and the reader's choice tells the waiting worker to take over, then reloads into it.
 */
import { Workbox } from 'workbox-window';
import { pwaStatus } from '../lib/pwa-status';

export function registerServiceWorker() {
  if (!('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL;
  const wb = new Workbox(`${base}sw.js`, { scope: base });
  let prompted = false;
  const prompt = () => {
    if (prompted) return;
    prompted = true;
    wb.addEventListener('controlling', (event) => {
      if (event.isUpdate) window.location.reload();
    });
    pwaStatus.set({ needRefresh: true });
  };
  wb.addEventListener('waiting', prompt);
  wb.addEventListener('installed', (event) => {
    // A version another tab installed waits here too.
    if (event.isExternal) prompt();
    else if (!event.isUpdate && !prompted) pwaStatus.set({ offlineReady: true });
  });
  pwaStatus.onReload(() => wb.messageSkipWaiting());
  // A browser may refuse (private mode, storage off, an admin policy), or sw.js may not arrive: the site then works
  // as it does online, without offline copies, and says nothing (there is nothing the reader can do about it).
  wb.register().catch((error: unknown) => console.info('Offline copies are not available:', error));
}
