import { describe, expect, it } from 'vitest';
import type { ComparisonCountry, Dimension } from '../../src/content/comparison-schema';
import { layoutMatrix, MATRIX_SIZES, moveInGrid, wrapText } from '../../src/features/compare/matrix-layout';
import { levelGlyph, trackPositions } from '../../src/features/compare/scales';
import { formatMilestoneDate } from '../../src/features/compare/TimelineChart';
import { layoutTimeline, milestoneDate } from '../../src/features/compare/timeline-layout';

const dim = (id: string, group: Dimension['group'], levels = ['a', 'b', 'c']): Dimension => ({
  id,
  label: id,
  question: 'A question long enough.',
  group,
  scale: 'ordinal',
  anchors: [],
  levels: levels.map((l) => ({ id: l, label: l.toUpperCase(), definition: 'A definition.' })),
});

describe('matrix layout', () => {
  it('puts a group heading before each new group and one column per country, in order', () => {
    const layout = layoutMatrix([dim('x', 'general'), dim('y', 'general'), dim('p', 'peer')], ['uk', 'ee']);
    expect(layout.rows.map((r) => r.key)).toEqual(['group-general', 'x', 'y', 'group-peer', 'p']);
    expect(layout.columns.map((c) => c.id)).toEqual(['uk', 'ee']);
    expect(layout.columns[0].x).toBeLessThan(layout.columns[1].x);
    const last = layout.rows.at(-1)!;
    expect(layout.height).toBeGreaterThanOrEqual(last.y + last.height);
  });

  it('gives a row room for its heading: a short one takes the least height, a long one wraps and grows the row', () => {
    const short = { ...dim('x', 'general'), label: 'Training' };
    const long = { ...dim('y', 'general'), label: 'A dimension whose name needs two lines', levels: [{ id: 'a', label: 'A level with a long name', definition: 'A definition.' }, { id: 'b', label: 'Another long level name', definition: 'A definition.' }] };
    const [, a, b] = layoutMatrix([short, long], ['uk']).rows;
    expect(a.height).toBe(MATRIX_SIZES.rowHeight);
    if (b.kind !== 'dimension') throw new Error('expected a dimension row');
    expect(b.label.length).toBe(4);
    expect(b.height).toBeGreaterThan(b.label.at(-1)!.y);
    expect(b.height).toBeGreaterThan(MATRIX_SIZES.rowHeight);
  });

  it('keeps the frame for every country when fewer are shown, so a toggle does not resize the drawing', () => {
    const dims = [dim('x', 'general')];
    const two = layoutMatrix(dims, ['uk', 'ee'], 4);
    const four = layoutMatrix(dims, ['uk', 'cz', 'nl', 'ee'], 4);
    expect(two.frameWidth).toBe(four.frameWidth);
    expect(two.width).toBeLessThan(four.width);
    expect(four.width).toBe(four.frameWidth);
    // Never narrower than what is shown, whatever the caller asks for.
    expect(layoutMatrix(dims, ['uk', 'cz', 'nl'], 1).frameWidth).toBe(layoutMatrix(dims, ['uk', 'cz', 'nl']).width);
  });

  it('places a level by position, shape and colour together; no level, no glyph', () => {
    const d = dim('x', 'general');
    expect(levelGlyph(d, 'c')).toMatchObject({ index: 2, count: 3, shape: 2, label: 'C' });
    expect(levelGlyph(d, 'a')!.colour).not.toBe(levelGlyph(d, 'b')!.colour);
    expect(levelGlyph(d, undefined)).toBeUndefined();
    const [a, b, c] = trackPositions(3, 120);
    expect(a).toBeLessThan(b);
    expect(b).toBeLessThan(c);
  });

  it('wraps text to lines and marks a cut with an ellipsis', () => {
    expect(wrapText('one two three', 20, 2)).toEqual(['one two three']);
    expect(wrapText('alpha beta gamma delta epsilon zeta', 11, 2)).toEqual(['alpha beta', 'gamma delta…']);
  });

  it('moves between cells with arrow keys, Home and End, stopping at the edges', () => {
    expect(moveInGrid('ArrowRight', 0, 3, 5, 4)).toEqual([0, 3]);
    expect(moveInGrid('ArrowDown', 1, 2, 5, 4)).toEqual([2, 2]);
    expect(moveInGrid('ArrowUp', 0, 2, 5, 4)).toEqual([0, 2]);
    expect(moveInGrid('End', 3, 0, 5, 4)).toEqual([3, 3]);
    expect(moveInGrid('a', 0, 0, 5, 4)).toBeUndefined();
  });
});

describe('timeline layout', () => {
  const country = (id: string, dates: string[]): ComparisonCountry => ({
    id,
    name: id,
    href: `/cards/${id}`,
    values: {},
    milestones: dates.map((date) => ({ date, type: 'training', label: 'A milestone', confidence: 'documented', sources: ['s'] })),
  });

  it('places dates only as precisely as given, and orders lanes as the countries', () => {
    expect(milestoneDate('2017').toISOString()).toBe('2017-07-01T00:00:00.000Z');
    expect(milestoneDate('2017-06').toISOString()).toBe('2017-06-15T00:00:00.000Z');
    expect(formatMilestoneDate('2014-10-20')).toBe('20 October 2014');
    expect(formatMilestoneDate('2014-03')).toBe('March 2014');
    const layout = layoutTimeline([country('ee', ['2020']), country('uk', ['2014-03', '2017'])], 960);
    expect(layout.lanes.map((l) => l.country.id)).toEqual(['ee', 'uk']);
    expect(layout.points[1][0].x).toBeLessThan(layout.points[1][1].x);
    expect(layout.ticks[0].label).toBe('2014');
  });

  it('stacks milestones that would overlap instead of hiding one', () => {
    const layout = layoutTimeline([country('ee', ['2021', '2021'])], 960);
    const [a, b] = layout.points[0];
    expect(a.x).toBe(b.x);
    expect(a.y).not.toBe(b.y);
  });
});
