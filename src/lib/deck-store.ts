/**
 * A trainer's decks, kept in this browser's localStorage (no account, no server): they survive a reload, a restart
 * and a day offline. One key per deck, so a damaged entry never takes the others with it, and a change in one tab
 * shows in the others (the `storage` event).
 */
import { LOCAL_ID, type MyDeck } from './my-decks';

const PREFIX = 'od-deck:';
const CHANGED = 'od-decks-changed';

function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined; // storage switched off: the builder says so
  }
}

export const storageAvailable = () => storage() !== undefined;

function parseDeck(raw: string | null): MyDeck | undefined {
  if (!raw) return undefined;
  try {
    const d = JSON.parse(raw) as Partial<MyDeck>;
    if (typeof d.id !== 'string' || typeof d.title !== 'string' || !Array.isArray(d.slides)) return undefined;
    return { summary: '', updated: 0, ...d } as MyDeck;
  } catch {
    return undefined;
  }
}

let cache: { raw: string; decks: MyDeck[] } | undefined;

/**
 * Every deck, the latest changed first; the same array while the stored text is the same (a `useSyncExternalStore`
 * snapshot), however it changed: this tab, another, or storage cleared.
 */
export function listDecks(): MyDeck[] {
  const s = storage();
  const entries: string[] = [];
  for (let i = 0; s && i < s.length; i++) {
    const key = s.key(i);
    if (key?.startsWith(PREFIX)) entries.push(s.getItem(key) ?? '');
  }
  const raw = entries.sort().join('\n');
  if (cache?.raw === raw) return cache.decks;
  const decks = entries.map(parseDeck).filter((d): d is MyDeck => d !== undefined);
  decks.sort((a, b) => b.updated - a.updated || a.title.localeCompare(b.title));
  cache = { raw, decks };
  return decks;
}

export function getMyDeck(id: string): MyDeck | undefined {
  return LOCAL_ID.test(id) ? parseDeck(storage()?.getItem(PREFIX + id) ?? null) : undefined;
}

function changed() {
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(CHANGED));
}

/** Saves the deck; false when the browser refuses (storage full or switched off), so the page can say so. */
export function saveDeck(deck: MyDeck): boolean {
  try {
    storage()!.setItem(PREFIX + deck.id, JSON.stringify(deck));
  } catch {
    return false;
  }
  changed();
  return true;
}

export function deleteDeck(id: string) {
  storage()?.removeItem(PREFIX + id);
  changed();
}

/** Calls `onChange` when a deck changes, in this tab or another. */
export function subscribeDecks(onChange: () => void): () => void {
  const onStorage = (e: StorageEvent) => {
    if (e.key === null || e.key.startsWith(PREFIX)) onChange();
  };
  window.addEventListener(CHANGED, onChange);
  window.addEventListener('storage', onStorage);
  return () => {
    window.removeEventListener(CHANGED, onChange);
    window.removeEventListener('storage', onStorage);
  };
}
