import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deckChannel, useDeckSync } from '../../src/features/present/useDeckSync';
import { holdChannel } from '../../src/lib/first-input';

/** Another window of the deck: what it hears, and a way to speak. */
function otherWindow(deckId: string) {
  const channel = new BroadcastChannel(deckChannel(deckId));
  const heard: unknown[] = [];
  channel.onmessage = (e: MessageEvent) => heard.push(e.data);
  return { heard, post: (data: unknown) => channel.postMessage(data), close: () => channel.close() };
}
const settle = () => new Promise((r) => setTimeout(r, 30));

let others: ReturnType<typeof otherWindow>[] = [];
afterEach(() => {
  others.forEach((o) => o.close());
  others = [];
});

describe('useDeckSync', () => {
  it('says nothing when a window opens, so it cannot pull the others back to an older slide', async () => {
    const other = otherWindow('d1');
    others.push(other);
    const { unmount } = renderHook(() => useDeckSync('d1', 0, () => {}));
    await settle();
    expect(other.heard).toEqual([]);
    unmount();
  });

  it('tells the other windows when it moves, and follows them when they move', async () => {
    const other = otherWindow('d2');
    others.push(other);
    const goTo = vi.fn();
    const { rerender, unmount } = renderHook(({ index }) => useDeckSync('d2', index, goTo), { initialProps: { index: 0 } });
    rerender({ index: 3 });
    await settle();
    expect(other.heard).toEqual([{ slide: 3 }]);
    other.post({ slide: 5 });
    await settle();
    expect(goTo).toHaveBeenCalledWith(5);
    unmount();
  });

  it('does not echo a move it was told about, which would pull back a speaker who has moved on meanwhile', async () => {
    const other = otherWindow('d3');
    others.push(other);
    const { rerender, unmount } = renderHook(({ index }) => useDeckSync('d3', index, () => {}), { initialProps: { index: 0 } });
    // The speaker view moves to slide 1 (and on to 2 before this window catches up): this window follows to 1.
    other.post({ slide: 1 });
    await settle();
    rerender({ index: 1 });
    await settle();
    expect(other.heard).toEqual([]);
    // A move of its own (the presenter's key in this window) is still told.
    rerender({ index: 2 });
    await settle();
    expect(other.heard).toEqual([{ slide: 2 }]);
    // Back to the slide it was once told about, by its own key: told as well.
    rerender({ index: 1 });
    await settle();
    expect(other.heard).toEqual([{ slide: 2 }, { slide: 1 }]);
    unmount();
  });

  it('echoes none of several moves told before it could show the first (a busy audience window catching up)', async () => {
    const other = otherWindow('d4');
    others.push(other);
    const { rerender, unmount } = renderHook(({ index }) => useDeckSync('d4', index, () => {}), { initialProps: { index: 0 } });
    // The presenter presses twice; this window hears both before its navigation to slide 1 lands.
    other.post({ slide: 1 });
    other.post({ slide: 2 });
    await settle();
    rerender({ index: 1 });
    rerender({ index: 2 });
    await settle();
    expect(other.heard).toEqual([]);
    // A move told and then overtaken (this window went straight to 5) does not silence a later move of its own to it.
    other.post({ slide: 4 });
    other.post({ slide: 5 });
    await settle();
    rerender({ index: 5 });
    rerender({ index: 4 });
    await settle();
    expect(other.heard).toEqual([{ slide: 4 }]);
    unmount();
  });
});

describe('an audience window that the speaker view starts (boot holds the channel, then the app takes over)', () => {
  it('follows both of two moves posted while it starts: the second is not lost between the two channels', async () => {
    const name = deckChannel('d5');
    const speaker = new BroadcastChannel(name);
    // boot.ts: the prerendered audience window listens on the deck's channel before its app runs.
    const held = holdChannel(name);
    speaker.postMessage({ slide: 1 });
    await held.woken;
    // The app is starting (its modules are evaluated, the page hydrates) when the presenter presses again.
    speaker.postMessage({ slide: 2 });
    const goTo = vi.fn();
    // In the same task, as in the app: the page hydrates (its effects run), then boot hands over what it held.
    const { unmount } = renderHook(() => useDeckSync('d5', 0, goTo));
    held.replay();
    await settle();
    expect(goTo).toHaveBeenLastCalledWith(2);
    unmount();
    speaker.close();
  });
});
