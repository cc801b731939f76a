import { useSyncExternalStore } from 'react';
import { pwaStatus } from '../lib/pwa-status';

const serverStatus = { needRefresh: false, offlineReady: false };

/** Tells the reader when a new version of the site is ready, and lets them load it when it suits them. */
export function UpdatePrompt() {
  const { needRefresh } = useSyncExternalStore(pwaStatus.subscribe, pwaStatus.get, () => serverStatus);
  if (!needRefresh) return null;
  return (
    <div className="update-prompt notice" role="status">
      <p>A new version of the knowledge base is available.</p>
      <button type="button" className="button" onClick={pwaStatus.reload}>
        Reload to update
      </button>{' '}
      <button type="button" className="button" onClick={() => pwaStatus.set({ needRefresh: false })}>
        Later
      </button>
    </div>
  );
}
