import { describe, expect, it } from 'vitest';
import { filterCards, parseCardFilter } from '../../src/features/cards/card-filters';
import type { CardMeta } from '../../src/content/schema';

const card = (id: string, kind: CardMeta['kind'], tags: string[]): CardMeta => ({
  id, kind, tags, title: id, summary: 's', sources: ['x'], related: [], aliases: [], links: [], reviewed: '2026-12-02',
});

describe('parseCardFilter', () => {
  it('reads a valid kind and tag', () => {
    expect(parseCardFilter(new URLSearchParams('kind=principle&tag=core'), ['core'])).toEqual({
      filter: { kind: 'principle', tag: 'core' },
      ignored: [],
    });
  });
  it('ignores and reports unknown values instead of failing', () => {
    expect(parseCardFilter(new URLSearchParams('kind=<script>&tag=nope'), ['core'])).toEqual({
      filter: {},
      ignored: ['kind “<script>”', 'tag “nope”'],
    });
  });
  it('treats empty values as no filter', () => {
    expect(parseCardFilter(new URLSearchParams('kind=&tag='), ['core'])).toEqual({ filter: {}, ignored: [] });
  });
});

describe('filterCards', () => {
  const cards = [card('a', 'principle', ['core']), card('b', 'practice', ['core']), card('c', 'principle', [])];
  it('filters by kind and tag together', () => {
    expect(filterCards(cards, { kind: 'principle', tag: 'core' }).map((c) => c.id)).toEqual(['a']);
    expect(filterCards(cards, { kind: 'principle' }).map((c) => c.id)).toEqual(['a', 'c']);
    expect(filterCards(cards, {}).map((c) => c.id)).toEqual(['a', 'b', 'c']);
  });
});
