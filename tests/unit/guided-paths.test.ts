import { describe, expect, it } from 'vitest';
import { termAnchor } from '../../src/content/glossary';
import { nextUnread, positionInPath } from '../../src/content/paths';
import { parseProgress } from '../../src/features/paths/progress';
import { paths } from '../../src/lib/paths';

const steps = [{ card: 'a' }, { card: 'b' }, { card: 'c' }];

describe('positionInPath', () => {
  it.each([
    ['a', { index: 0, total: 3, previous: undefined, next: 'b' }],
    ['b', { index: 1, total: 3, previous: 'a', next: 'c' }],
    ['c', { index: 2, total: 3, previous: 'b', next: undefined }],
    ['x', undefined],
  ])('places %s', (card, expected) => {
    expect(positionInPath(steps, card)).toEqual(expected);
  });
});

describe('nextUnread', () => {
  it('is the first step not read, whatever order the reader took', () => {
    expect(nextUnread(steps, new Set())).toBe(0);
    expect(nextUnread(steps, new Set(['a', 'c']))).toBe(1);
    expect(nextUnread(steps, new Set(['a', 'b', 'c']))).toBeUndefined();
  });
});

describe('parseProgress', () => {
  it('reads stored progress and ignores anything malformed', () => {
    expect(parseProgress('{"p":["a","b"],"q":[]}')).toEqual({ p: ['a', 'b'], q: [] });
    expect(parseProgress('{"p":["a",3,null],"q":"x"}')).toEqual({ p: ['a'] });
    for (const bad of ['', 'not json', '[1,2]', 'null', '"text"']) expect(parseProgress(bad)).toEqual({});
  });
});

describe('links for paths and the glossary', () => {
  it('a card in a path carries the path id, encoded', () => {
    expect(paths.cardInPath('network-meeting', 'open-dialogue-in-20-minutes')).toBe('/cards/network-meeting?path=open-dialogue-in-20-minutes');
    expect(paths.cardInPath('x', 'a b')).toBe('/cards/x?path=a%20b');
  });

  it('glossary anchors are plain ascii slugs', () => {
    expect(termAnchor('Peer-supported Open Dialogue (POD)')).toBe('peer-supported-open-dialogue-pod');
    expect(termAnchor('Psychologische continuïteit')).toBe('psychologische-continuiteit');
  });
});
