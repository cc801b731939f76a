import { describe, expect, it } from 'vitest';
import { actionForKey, formatElapsed, move, slideFromParam } from '../../src/features/present/deck-nav';

const key = (k: string, mods: Partial<KeyboardEvent> = {}) => actionForKey({ key: k, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, ...mods });

describe('slideFromParam', () => {
  it('reads 1-based numbers and lands every other value on a real slide with a notice', () => {
    expect(slideFromParam('3', 10)).toEqual({ index: 2 });
    expect(slideFromParam(undefined, 10)).toEqual({ index: 0 });
    expect(slideFromParam('99', 10)).toEqual({ index: 9, notice: 'This deck has 10 slides, not 99; showing the last one.' });
    expect(slideFromParam('abc', 10).index).toBe(0);
    expect(slideFromParam('abc', 10).notice).toMatch(/not a slide number/);
    expect(slideFromParam('0', 10).notice).toMatch(/not a slide number/);
  });
});

describe('keys', () => {
  it('maps the keys presentation clickers send', () => {
    for (const k of ['ArrowRight', 'ArrowDown', 'PageDown', ' ']) expect(key(k)).toBe('next');
    for (const k of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(key(k)).toBe('prev');
    expect(key(' ', { shiftKey: true })).toBe('prev');
    expect([key('Home'), key('End'), key('f'), key('o'), key('q'), key('s')]).toEqual(['first', 'last', 'fullscreen', 'overview', 'qr', 'speaker']);
  });
  it('leaves browser shortcuts alone', () => {
    expect(key('f', { ctrlKey: true })).toBeUndefined();
    expect(key('ArrowLeft', { altKey: true })).toBeUndefined();
    expect(key('x')).toBeUndefined();
  });
  it('moves within the deck and stops at its ends', () => {
    expect(move(0, 'prev', 5)).toBe(0);
    expect(move(4, 'next', 5)).toBe(4);
    expect(move(2, 'first', 5)).toBe(0);
    expect(move(2, 'last', 5)).toBe(4);
  });
});

it('formats the speaker timer', () => {
  expect(formatElapsed(0)).toBe('0:00');
  expect(formatElapsed(65_000)).toBe('1:05');
  expect(formatElapsed(3_725_000)).toBe('1:02:05');
});
