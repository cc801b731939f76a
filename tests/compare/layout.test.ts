import { describe, expect, it } from 'vitest';
import type { ComparisonCountry, ComparisonValue, Dimension } from '../../src/content/comparison-schema';
import { GRID, groupRows, matrixGrid, moveInGrid, scaleNote } from '../../src/features/compare/matrix-layout';
import { againstReference, levelMark, trackPositions } from '../../src/features/compare/scales';
import { formatMilestoneDate } from '../../src/features/compare/TimelineChart';
import { laneLabel, layoutTimeline, milestoneDate, TIMELINE_MIN_WIDTH, TIMELINE_SIZES } from '../../src/features/compare/timeline-layout';

const dim = (id: string, group: Dimension['group'], levels = ['a', 'b', 'c']): Dimension => ({
  id,
  label: id,
  question: 'A question long enough.',
  group,
  scale: 'ordinal',
  anchors: [],
  levels: levels.map((l) => ({ id: l, label: l.toUpperCase(), definition: 'A definition.' })),
});

const country = (id: string, dates: string[]): ComparisonCountry => ({
  id,
  name: id,
  href: `/cards/${id}`,
  values: {},
  milestones: dates.map((date) => ({ date, type: 'training', label: 'A milestone', confidence: 'documented', sources: ['s'] })),
});

/** The chart box the page gives the matrix at each screen (the explorer's CSS: page column, details panel, gaps). */
const BOXES = [
  { screen: 'laptop 1024', width: 768 },
  { screen: 'projector 1280 (page and full screen)', width: 912 },
  { screen: 'deck embed 1280x720', width: 944 },
  { screen: 'laptop 1366', width: 998 },
  { screen: 'projector 1920', width: 1152 },
];

describe('matrix layout', () => {
  it.each(BOXES)('fits the four countries and Finland without sideways scrolling: $screen', ({ width }) => {
    for (const columns of [4, 5]) {
      const grid = matrixGrid(width, columns);
      if (grid.mode !== 'grid') throw new Error('expected a grid');
      expect(grid.fits, `${columns} columns in ${width} px`).toBe(true);
      expect(grid.labelWidth + columns * grid.columnWidth).toBeCloseTo(width);
      expect(grid.columnWidth).toBeGreaterThanOrEqual(GRID.columnMin);
    }
  });

  it('stacks on a phone and uses the compact grid only where the columns are narrow', () => {
    expect(matrixGrid(358, 4).mode).toBe('stacked');
    expect(matrixGrid(1152, 4)).toMatchObject({ mode: 'grid', compact: false });
    expect(matrixGrid(768, 5)).toMatchObject({ mode: 'grid', compact: true, labelWidth: GRID.compactLabel });
  });

  it('puts a group heading before each new group, keeping each row its index', () => {
    const groups = groupRows([dim('x', 'general'), dim('y', 'general'), dim('p', 'peer')]);
    expect(groups.map((g) => [g.group, g.dimensions.map((d) => `${d.dimension.id}:${d.index}`)])).toEqual([
      ['general', ['x:0', 'y:1']],
      ['peer', ['p:2']],
    ]);
  });

  it('says in words which rows are ordered and which are kinds', () => {
    expect(scaleNote(dim('x', 'general'))).toBe('ordered: A → C');
    expect(scaleNote({ ...dim('x', 'general'), scale: 'category' })).toBe('kinds, no order');
  });

  it('marks an ordered level by its step and a tint deepening to the last; a kind gets neither; no level, no mark', () => {
    const d = dim('x', 'general', ['a', 'b', 'c', 'd']);
    expect([0, 1, 2, 3].map((i) => levelMark(d, d.levels[i].id)!.tint)).toEqual([1, 2, 3, 4]);
    expect(levelMark(dim('y', 'general', ['a', 'b']), 'b')).toMatchObject({ index: 1, ordered: true, tint: 4 });
    expect(levelMark({ ...d, scale: 'category' }, 'c')).toMatchObject({ index: 2, ordered: false, tint: 0, label: 'C' });
    expect(levelMark(d, undefined)).toBeUndefined();
    const [a, b, c] = trackPositions(3, 120);
    expect(a).toBeLessThan(b);
    expect(b).toBeLessThan(c);
  });

  it('compares a value with the reference only when both are documented', () => {
    const v = (level?: string): ComparisonValue => ({ level, text: 'Some words here.', confidence: level ? 'documented' : 'not-documented', sources: ['s'], href: '/' });
    expect(againstReference(v('a'), v('a'))).toBe('same');
    expect(againstReference(v('a'), v('b'))).toBe('different');
    expect(againstReference(v('a'), v())).toBeUndefined();
    expect(againstReference(v(), v('a'))).toBeUndefined();
    expect(againstReference(v('a'), undefined)).toBeUndefined();
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

describe('timeline layout fits its box', () => {
  const lanes = [country('fi', ['1984', '1992-04']), country('uk', ['2014-03', '2025-12-31'])];

  it.each([...BOXES, { screen: 'page column 1024 without details', width: 992 }])('draws every marker and its focus ring inside the box: $screen', ({ width }) => {
    const layout = layoutTimeline(lanes, width);
    expect(layout.width).toBe(width);
    const ring = 11 + 3;
    for (const p of layout.points.flat()) {
      expect(p.x + ring).toBeLessThanOrEqual(layout.width);
      expect(p.x - ring).toBeGreaterThanOrEqual(TIMELINE_SIZES.labelWidth - ring);
    }
    for (const t of layout.ticks) expect(t.x + 20).toBeLessThanOrEqual(layout.width);
  });

  it('names a reference lane on two lines and keeps a least width on a phone (its box scrolls)', () => {
    expect(laneLabel('Finland (Western Lapland)')).toEqual(['Finland', '(Western Lapland)']);
    expect(laneLabel('Estonia')).toEqual(['Estonia']);
    expect(layoutTimeline(lanes, 358).width).toBe(TIMELINE_MIN_WIDTH);
  });
});
