/**
 * A prerendered reading page starts its app on the reader's first sign of interaction, not on load. These helpers
 * tell when that sign comes, and keep what the reader did before the app was running, to do it once it runs.
 */
import { isSearchShortcut, isTyping } from './search-shortcut';

/**
 * Signs that the reader is using the page, not only looking at it. Scrolling is one: the app then starts while
 * they read, so it is ready when they press something, and a scroll runs on the compositor, which the start does
 * not hold up (every listener involved is passive).
 */
const INTENT_EVENTS = ['pointerdown', 'touchstart', 'keydown', 'focusin', 'mouseover', 'click', 'submit', 'scroll', 'wheel'] as const;

/** Resolves on the first pointer press, touch, key, focus, mouse hover, click, form submission or scroll. */
export function firstIntent(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      for (const type of INTENT_EVENTS) window.removeEventListener(type, done, true);
      resolve();
    };
    for (const type of INTENT_EVENTS) window.addEventListener(type, done, { capture: true, passive: true });
  });
}

/** Controls whose click only the app can handle. Links are left to the browser: it opens their prerendered page. */
const APP_CONTROLS = 'button, [role="button"], input[type="checkbox"], input[type="radio"]';
/** Keys the browser handles by itself: typing in a field, pressing a focused link or button, moving focus. */
const PRESSABLE = 'a[href], button, summary, [role="button"]';
const PRESS_KEYS = new Set(['Enter', ' ']);
const MODIFIER_OR_FOCUS_KEYS = new Set(['Tab', 'Shift', 'Control', 'Alt', 'Meta', 'CapsLock']);
const browserHandles = (e: KeyboardEvent, target: Element) =>
  MODIFIER_OR_FOCUS_KEYS.has(e.key) || isTyping(target) || (PRESS_KEYS.has(e.key) && !!target.closest(PRESSABLE));

/**
 * Tells the app, now listening, where focus and the pointer already are: the focus or hover that started the app
 * happened before it listened, and a link's preview or a chart cell's details would otherwise wait for the next
 * one. React hears focus by `focusin` and pointer or mouse entry by `pointerover`/`mouseover`, all bubbling.
 */
function announceFocusAndHover(hovered: { target: Element; pointerType: string } | undefined) {
  const focused = document.activeElement;
  if (focused && focused !== document.body && focused.matches(':focus-visible')) focused.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
  if (!hovered || !hovered.target.isConnected || !hovered.target.matches(':hover')) return;
  const init = { bubbles: true, cancelable: true, relatedTarget: null };
  hovered.target.dispatchEvent(new PointerEvent('pointerover', { ...init, pointerType: hovered.pointerType, isPrimary: true }));
  hovered.target.dispatchEvent(new MouseEvent('mouseover', init));
}

type Held = { kind: 'click'; target: HTMLElement } | { kind: 'submit'; target: HTMLFormElement } | { kind: 'key'; target: Element; init: KeyboardEventInit };

/** The header's search control (features/search/SearchLauncher.tsx). */
const SEARCH_TRIGGER = '[data-search-trigger]';
const plainClick = (e: MouseEvent) => e.button === 0 && !e.ctrlKey && !e.metaKey && !e.shiftKey && !e.altKey;

/**
 * Holds what the reader does before the app runs: a click on a button (the browser alone would do nothing, or submit
 * a form the app handles), a form submission, and page-wide keys (the deck's arrows). Search is not held but done at
 * once (`openSearch`: its light shell, which the app takes over), as are the keys and clicks on the search control.
 * Returns `replay`, to call once the app has hydrated: it stops holding and does each of them again, in order.
 */
export function holdInput({ openSearch }: { openSearch: () => void }): { replay: () => void } {
  const held: Held[] = [];
  let hovered: { target: Element; pointerType: string } | undefined;
  // Touch has no hover: a tap's pointerover is not one to announce.
  const onOver = (e: PointerEvent) => {
    if (e.target instanceof Element && e.pointerType !== 'touch') hovered = { target: e.target, pointerType: e.pointerType || 'mouse' };
  };
  const onClick = (e: MouseEvent) => {
    if (e.target instanceof Element && e.target.closest(SEARCH_TRIGGER) && plainClick(e) && !e.defaultPrevented) {
      e.preventDefault(); // the search page's link: the dialog opens instead, here
      openSearch();
      return;
    }
    const control = e.target instanceof Element ? e.target.closest<HTMLElement>(APP_CONTROLS) : null;
    if (!control || e.defaultPrevented) return;
    e.preventDefault(); // a checkbox stays as it was and a submit button does not submit: the app will do it
    held.push({ kind: 'click', target: control });
  };
  const onSubmit = (e: SubmitEvent) => {
    if (!(e.target instanceof HTMLFormElement)) return;
    e.preventDefault();
    held.push({ kind: 'submit', target: e.target });
  };
  const onKey = (e: KeyboardEvent) => {
    if (!(e.target instanceof Element) || browserHandles(e, e.target)) return;
    if (isSearchShortcut(e)) {
      e.preventDefault(); // Ctrl+K would otherwise move focus to the browser's address bar
      openSearch();
      return;
    }
    const { key, code, ctrlKey, metaKey, shiftKey, altKey } = e;
    held.push({ kind: 'key', target: e.target, init: { key, code, ctrlKey, metaKey, shiftKey, altKey, bubbles: true, cancelable: true } });
  };
  window.addEventListener('click', onClick, true);
  window.addEventListener('submit', onSubmit, true);
  window.addEventListener('keydown', onKey, true);
  window.addEventListener('pointerover', onOver, { capture: true, passive: true });

  return {
    replay() {
      window.removeEventListener('click', onClick, true);
      window.removeEventListener('submit', onSubmit, true);
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('pointerover', onOver, true);
      announceFocusAndHover(hovered);
      // Hydration adopts the prerendered nodes, so the elements held are the ones the app now listens on.
      for (const h of held.splice(0)) {
        if (!h.target.isConnected) continue;
        if (h.kind === 'click') h.target.click();
        else if (h.kind === 'submit') h.target.requestSubmit();
        else h.target.dispatchEvent(new KeyboardEvent('keydown', h.init));
      }
    },
  };
}

/** Channels boot holds open for the app, by name, each with the messages it heard that no one has handled yet. */
const heldChannels = new Map<string, { channel: BroadcastChannel; pending: unknown[] }>();

/**
 * Messages on a BroadcastChannel that only the app can act on (another window of a deck moving to a slide):
 * `woken` resolves on the first. The channel stays open until the app takes it over (`takeHeldChannel`), so no
 * message falls between boot's listener and the app's: closing one channel and opening another would drop a move
 * posted while the app starts (queued for the closed one, sent before the new one existed). Nothing is posted
 * again on the channel: that would reach the other windows too, and a speaker view that had moved on meanwhile
 * would be pulled back to the slide it left. `replay`, once the app runs, closes a channel the app did not take.
 */
export function holdChannel(name: string): { woken: Promise<void>; replay: () => void } {
  const channel = new BroadcastChannel(name);
  const held = { channel, pending: [] as unknown[] };
  heldChannels.set(name, held);
  const woken = new Promise<void>((resolve) => {
    channel.onmessage = (e: MessageEvent) => {
      held.pending.push(e.data);
      resolve();
    };
  });
  return {
    woken,
    replay() {
      if (heldChannels.get(name) !== held) return;
      heldChannels.delete(name);
      channel.onmessage = null;
      channel.close();
    },
  };
}

/**
 * The app's side of `holdChannel`: the channel `name` that boot has held open since the page loaded, and the
 * messages it heard before the app ran, in order; undefined when boot holds none (the app then opens its own).
 */
export function takeHeldChannel(name: string): { channel: BroadcastChannel; pending: unknown[] } | undefined {
  const held = heldChannels.get(name);
  if (!held) return undefined;
  heldChannels.delete(name);
  held.channel.onmessage = null;
  return { channel: held.channel, pending: held.pending.splice(0) };
}
