/**
 * Which steps of each guided path this reader has opened, kept in localStorage on their own device only.
 * Read through useSyncExternalStore, so the server render (no storage) and other tabs stay consistent.
 */
import { useMemo, useSyncExternalStore } from 'react';

const KEY = 'od-kb:path-progress';
type Progress = Record<string, string[]>;

const listeners = new Set<() => void>();

function readRaw(): string {
  try {
    return window.localStorage.getItem(KEY) ?? '';
  } catch {
    return ''; // storage blocked (privacy mode): progress is simply not kept
  }
}

/** Tolerant: anything that is not an object of string lists counts as no progress. */
export function parseProgress(raw: string): Progress {
  try {
    const value: unknown = JSON.parse(raw);
    if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
    const out: Progress = {};
    for (const [k, v] of Object.entries(value)) {
      if (Array.isArray(v)) out[k] = v.filter((x): x is string => typeof x === 'string');
    }
    return out;
  } catch {
    return {};
  }
}

function write(update: (p: Progress) => Progress) {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(update(parseProgress(readRaw()))));
  } catch {
    return;
  }
  for (const l of listeners) l();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => e.key === KEY && listener();
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** The cards of `pathId` this reader has opened. */
export function useReadSteps(pathId: string): ReadonlySet<string> {
  const raw = useSyncExternalStore(subscribe, readRaw, () => '');
  return useMemo(() => new Set(parseProgress(raw)[pathId] ?? []), [raw, pathId]);
}

export function markRead(pathId: string, cardId: string) {
  if (parseProgress(readRaw())[pathId]?.includes(cardId)) return;
  write((p) => ({ ...p, [pathId]: [...(p[pathId] ?? []), cardId] }));
}

export function clearProgress(pathId: string) {
  write(({ [pathId]: _cleared, ...rest }) => rest);
}
