import { afterEach, describe, expect, it, vi } from 'vitest';
import { firstIntent, holdChannel, holdInput, takeHeldChannel } from '../../src/lib/first-input';

afterEach(() => document.body.replaceChildren());

const key = (target: EventTarget, init: KeyboardEventInit) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));

describe('firstIntent', () => {
  it('waits while the page is only looked at, and resolves on the first key', async () => {
    let resolved = false;
    void firstIntent().then(() => (resolved = true));
    window.dispatchEvent(new Event('resize'));
    document.dispatchEvent(new Event('visibilitychange'));
    await Promise.resolve();
    expect(resolved).toBe(false);
    key(document.body, { key: 'Shift' });
    await Promise.resolve();
    expect(resolved).toBe(true);
  });

  it('resolves on the first scroll: the app starts while the reader reads', async () => {
    let resolved = false;
    void firstIntent().then(() => (resolved = true));
    document.dispatchEvent(new Event('scroll', { bubbles: false }));
    await Promise.resolve();
    expect(resolved).toBe(true);
  });
});

describe('holdInput', () => {
  it('holds a click on a button and clicks it again on replay, once', () => {
    document.body.innerHTML = '<button type="button">Show two steps</button>';
    const button = document.querySelector('button')!;
    const held = holdInput({ openSearch: () => {} });
    const before = new MouseEvent('click', { bubbles: true, cancelable: true });
    button.dispatchEvent(before);
    expect(before.defaultPrevented).toBe(true);

    const clicks = vi.fn();
    button.addEventListener('click', clicks); // the app, now listening
    held.replay();
    expect(clicks).toHaveBeenCalledTimes(1);
    held.replay();
    button.click(); // after replay, clicks are the app's alone
    expect(clicks).toHaveBeenCalledTimes(2);
  });

  it('leaves links to the browser, which opens their prerendered page', () => {
    document.body.innerHTML = '<a href="/cards/open-dialogue">Open Dialogue</a>';
    const held = holdInput({ openSearch: () => {} });
    let leftToBrowser = false;
    document.addEventListener(
      'click',
      (e) => {
        leftToBrowser = !e.defaultPrevented;
        e.preventDefault(); // jsdom cannot navigate
      },
      { once: true },
    );
    document.querySelector('a')!.click();
    expect(leftToBrowser).toBe(true);
    held.replay();
  });

  it('replays page-wide keys in order, and leaves typing, Tab and Enter on a link to the browser', () => {
    document.body.innerHTML = '<a href="/x">x</a><input aria-label="field" />';
    const [link, field] = [document.querySelector('a')!, document.querySelector('input')!];
    const held = holdInput({ openSearch: () => {} });
    key(document.body, { key: 'ArrowRight' });
    key(field, { key: 'a' });
    key(document.body, { key: 'Tab' });
    key(link, { key: 'Enter' });
    key(document.body, { key: 'ArrowLeft' });

    const seen: string[] = [];
    document.addEventListener('keydown', (e) => seen.push(e.key));
    held.replay();
    expect(seen).toEqual(['ArrowRight', 'ArrowLeft']);
  });

  it('opens search at once on Ctrl+K, `/` or a plain click on the search control, keeping Ctrl+K from the browser', () => {
    document.body.innerHTML = '<a href="/search" data-search-trigger><span>Search</span></a>';
    const openSearch = vi.fn();
    const held = holdInput({ openSearch });
    const ctrlK = new KeyboardEvent('keydown', { key: 'k', ctrlKey: true, bubbles: true, cancelable: true });
    document.body.dispatchEvent(ctrlK);
    expect(ctrlK.defaultPrevented).toBe(true);
    key(document.body, { key: '/' });
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
    document.querySelector('span')!.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(openSearch).toHaveBeenCalledTimes(3);
    // A click with Ctrl opens the search page in a new tab, as the browser does.
    const newTab = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ctrlKey: true });
    document.addEventListener('click', (e) => e.preventDefault(), { once: true }); // jsdom cannot navigate
    document.querySelector('span')!.dispatchEvent(newTab);
    expect(openSearch).toHaveBeenCalledTimes(3);

    const seen: string[] = [];
    document.addEventListener('keydown', (e) => seen.push(e.key));
    held.replay();
    expect(seen).toEqual([]); // search is not opened a second time by a replayed key
  });

  it('holds a form submission and submits again on replay', () => {
    document.body.innerHTML = '<form><button>Go</button></form>';
    const form = document.querySelector('form')!;
    const held = holdInput({ openSearch: () => {} });
    const submit = new SubmitEvent('submit', { bubbles: true, cancelable: true });
    form.dispatchEvent(submit);
    expect(submit.defaultPrevented).toBe(true);
    const requestSubmit = vi.spyOn(form, 'requestSubmit').mockImplementation(() => {});
    held.replay();
    expect(requestSubmit).toHaveBeenCalledTimes(1);
  });

  it('skips what is no longer in the page', () => {
    document.body.innerHTML = '<button type="button">Gone</button>';
    const button = document.querySelector('button')!;
    const held = holdInput({ openSearch: () => {} });
    button.click();
    button.remove();
    const clicks = vi.fn();
    button.addEventListener('click', clicks);
    held.replay();
    expect(clicks).not.toHaveBeenCalled();
  });
});

describe('holdChannel', () => {
  it('wakes on the first message from another window and hands the channel, with what it heard, to this window\'s app alone', async () => {
    const speaker = new BroadcastChannel('od-test-deck');
    const held = holdChannel('od-test-deck');
    let woken = false;
    void held.woken.then(() => (woken = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(woken).toBe(false);

    speaker.postMessage({ slide: 1 });
    speaker.postMessage({ slide: 2 });
    await held.woken;
    await new Promise((r) => setTimeout(r, 20));
    const toSpeaker: unknown[] = [];
    speaker.onmessage = (e: MessageEvent) => toSpeaker.push(e.data);
    // The app has started and takes over the open channel, with every move that came before it ran, in order.
    const taken = takeHeldChannel('od-test-deck')!;
    expect(taken.pending).toEqual([{ slide: 1 }, { slide: 2 }]);
    expect(takeHeldChannel('od-test-deck')).toBeUndefined();
    const later: unknown[] = [];
    taken.channel.onmessage = (e: MessageEvent) => later.push(e.data);
    held.replay();
    speaker.postMessage({ slide: 3 });
    await new Promise((r) => setTimeout(r, 50));
    // Still open after replay (the app owns it now), and nothing was posted back to pull the speaker view back.
    expect(later).toEqual([{ slide: 3 }]);
    expect(toSpeaker).toEqual([]);
    taken.channel.close();
    speaker.close();
  });

  it('closes a channel that no app took once the app runs (the page was not a deck after all)', async () => {
    const speaker = new BroadcastChannel('od-test-deck-2');
    const held = holdChannel('od-test-deck-2');
    held.replay();
    expect(takeHeldChannel('od-test-deck-2')).toBeUndefined();
    speaker.close();
  });
});

describe('holdInput: the focus and hover that started the app', () => {
  it('tells the app, on replay, which link has keyboard focus and what the pointer is over', () => {
    document.body.innerHTML = '<p><a href="/cards/a">A</a> <span class="cell">cell</span></p>';
    const [link, cell] = [document.querySelector('a')!, document.querySelector('span')!];
    const held = holdInput({ openSearch: () => {} });
    link.focus();
    cell.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, pointerType: 'mouse' }));
    const matches = vi.spyOn(Element.prototype, 'matches').mockImplementation(function (this: Element, selector: string) {
      // jsdom has no real focus-visible or hover: the keyboard focused the link, the mouse is over the cell.
      return (selector === ':focus-visible' && this === link) || (selector === ':hover' && this === cell);
    });
    const seen: string[] = [];
    link.addEventListener('focusin', () => seen.push('focus link'));
    cell.addEventListener('pointerover', (e) => seen.push(`${(e as PointerEvent).pointerType} over cell`));
    cell.addEventListener('mouseover', () => seen.push('mouseover cell'));
    held.replay();
    matches.mockRestore();
    expect(seen).toEqual(['focus link', 'mouse over cell', 'mouseover cell']);
  });

  it('does not announce a touch as a hover, nor a pointer that has left', () => {
    document.body.innerHTML = '<span class="cell">cell</span>';
    const cell = document.querySelector('span')!;
    const held = holdInput({ openSearch: () => {} });
    cell.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, pointerType: 'touch' }));
    const over = vi.fn();
    cell.addEventListener('pointerover', over);
    held.replay();
    expect(over).not.toHaveBeenCalled();
  });
});
