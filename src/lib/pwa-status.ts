/**
 * What the service worker reports to the page, as a tiny store React can subscribe to. Kept free of the
 * registration itself (src/app/register-sw.ts), so pages and tests can read it without a service worker.
 */
type Status = { needRefresh: boolean; offlineReady: boolean };

let status: Status = { needRefresh: false, offlineReady: false };
let reload: () => void = () => window.location.reload();
const listeners = new Set<() => void>();

export const pwaStatus = {
  get: (): Status => status,
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  },
  set(next: Partial<Status>) {
    status = { ...status, ...next };
    listeners.forEach((l) => l());
  },
  /** Installs the function that activates the waiting version and reloads. */
  onReload(fn: () => void) {
    reload = fn;
  },
  reload: () => reload(),
};
