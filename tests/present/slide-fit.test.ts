import { describe, expect, it } from 'vitest';
import type { Block, Inline, Slide } from '../../src/content/deck-schema';
import { COMPARE_ROWS, fitStep, partLabel, slideText, splitCompareSlide, splitLongSlides, splitSlide } from '../../src/content/slide-fit';

const card = (id: string) => (id === 'c' ? { title: 'A card', summary: 'What the card says, in one sentence.' } : undefined);
const sentence = (i: number) => `Sentence ${i} says what a network meeting is for, in words a room can read.`;
const p = (from: number, n: number): Block => ({ t: 'p', c: [{ t: 'text', v: Array.from({ length: n }, (_, i) => sentence(from + i)).join(' ') }] });
const inlineText = (c: readonly Inline[]): string => c.map((n) => (n.t === 'text' ? n.v : inlineText(n.c))).join('');
const allText = (blocks: readonly Block[]): string =>
  blocks.map((b) => (b.t === 'p' || b.t === 'h' ? inlineText(b.c) : b.t === 'quote' ? allText(b.c) : b.items.map(allText).join(' '))).join(' ');
const words = (s: string) => s.split(/\s+/).filter(Boolean);

describe('splitting a section too long for one slide', () => {
  const long: Slide = {
    kind: 'card',
    card: 'c',
    section: 'How it works',
    notes: 'Notes for the first part.',
    blocks: [p(0, 4), { t: 'list', ordered: true, items: Array.from({ length: 12 }, (_, i) => [p(10 + i, 1)]) }, p(30, 14)],
  };
  const parts = splitSlide(long, card);

  it('numbers the parts "(n/of)", each fitting at the floor size or larger, sharing one text size', () => {
    expect(parts.length).toBeGreaterThan(2);
    expect(parts.map((s) => (s.kind === 'card' ? partLabel(s.section!, s.part) : ''))).toEqual(parts.map((_, i) => `How it works (${i + 1}/${parts.length})`));
    for (const s of parts) expect(fitStep(slideText(s, card, 'x'.repeat(90))).fits).toBe(true);
    expect(new Set(parts.map((s) => (s.kind === 'card' ? s.part?.step : undefined))).size).toBe(1);
  });

  it('loses no word and keeps their order; an ordered list numbers on; notes go with the first part', () => {
    expect(words(parts.map((s) => (s.kind === 'card' ? allText(s.blocks) : '')).join(' '))).toEqual(words(allText(long.blocks)));
    const lists = parts.flatMap((s) => (s.kind === 'card' ? s.blocks.filter((b) => b.t === 'list') : []));
    expect(lists.length).toBeGreaterThan(1);
    expect(lists[1]).toMatchObject({ start: 1 + (lists[0].t === 'list' ? lists[0].items.length : 0) });
    expect(parts.map((s) => s.notes)).toEqual(['Notes for the first part.', ...parts.slice(1).map(() => undefined)]);
  });

  it('cuts a paragraph longer than a slide between sentences, never inside one', () => {
    const slide: Slide = { kind: 'text', title: 'One long paragraph', blocks: [p(0, 30)], sources: [] };
    const split = splitSlide(slide, card);
    expect(split.length).toBeGreaterThan(1);
    for (const s of split) for (const b of s.kind === 'text' ? s.blocks : []) expect(allText([b])).toMatch(/^Sentence \d+ .*\.$/);
  });

  it('leaves a slide that fits, a card summary and a comparison as they are', () => {
    const short: Slide = { kind: 'card', card: 'c', section: 'Short', blocks: [p(0, 2)] };
    const summary: Slide = { kind: 'card', card: 'c', blocks: [] };
    const compare: Slide = { kind: 'compare', title: 'A view', query: 'countries=uk' };
    expect(splitLongSlides([short, summary, compare], card)).toEqual([short, summary, compare]);
  });
});

describe('splitting a comparison matrix of more rows than a slide holds', () => {
  const dims = Array.from({ length: 16 }, (_, i) => `d${i + 1}`);
  const view = (query: string): Slide => ({ kind: 'compare', title: 'Matrix: four countries', query, notes: 'Start with the UK.' });

  it('splits a view of every dimension (the builder gives no dims) into numbered slides of at most five rows, in order', () => {
    const parts = splitCompareSlide(view('countries=uk,ee&sel=ee:d2'), dims);
    expect(parts).toHaveLength(Math.ceil(dims.length / COMPARE_ROWS));
    const rows = parts.map((s) => new URLSearchParams((s as Extract<Slide, { kind: 'compare' }>).query).get('dims')!.split(','));
    expect(rows.flat()).toEqual(dims);
    expect(Math.max(...rows.map((r) => r.length))).toBeLessThanOrEqual(COMPARE_ROWS);
    for (const s of parts) {
      const q = (s as Extract<Slide, { kind: 'compare' }>).query;
      expect(q).toContain('countries=uk,ee');
      // A selected cell could be on another part's rows: no part keeps it, so none opens with a notice.
      expect(q).not.toContain('sel=');
    }
    expect(parts.map((s) => (s.kind === 'compare' ? partLabel(s.title, s.part) : ''))).toEqual([1, 2, 3, 4].map((n) => `Matrix: four countries (${n}/4)`));
    expect(parts.map((s) => s.notes)).toEqual(['Start with the UK.', undefined, undefined, undefined]);
  });

  it('leaves a matrix that fits, and every other view, as it is', () => {
    for (const query of ['dims=d1,d2,d3', 'view=timeline', 'view=peers', 'view=table&dims=d1,d2,d3,d4,d5,d6']) expect(splitCompareSlide(view(query), dims)).toEqual([view(query)]);
    expect(splitCompareSlide(view('dims=d1,d2,d3,d4,d5,d6,d7'), dims).map((s) => s.kind === 'compare' && s.query)).toEqual(['dims=d1,d2,d3,d4', 'dims=d5,d6,d7']);
  });
});
