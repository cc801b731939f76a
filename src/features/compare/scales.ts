/**
 * Visual encodings (pure), one meaning per mark across the explorer:
 * - a level of an ordered dimension: its words, then its place on a track of the scale's steps and a tint that
 *   deepens along the scale (as a heat-map table); a kind of an unordered dimension: its words in a tag, no track,
 *   no tint (kinds have no "more");
 * - confidence: the outline (solid, dashed) and hatching, never colour;
 * - a milestone type on the timeline: a shape and a colour (shapes mean nothing else anywhere).
 */
import { scalePoint } from 'd3-scale';
import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye, symbolCross, type SymbolType } from 'd3-shape';
import type { ComparisonValue, Confidence, Dimension } from '../../content/comparison-schema';
import type { MILESTONE_TYPES } from '../../content/comparison-vocabulary';

/** Okabe-Ito, the colour-blind-safe palette (black and yellow left out: too little contrast on one theme). */
export const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9', '#7A5195'] as const;

const SHAPES: SymbolType[] = [symbolCircle, symbolSquare, symbolTriangle, symbolDiamond, symbolStar, symbolWye, symbolCross];

/** An SVG path for milestone shape number `i`, centred on 0,0, of about `size` square pixels. */
const paths = new Map<string, string>();
export function shapePath(i: number, size: number): string {
  // A handful of shapes and sizes, drawn many times: compute each path once.
  const key = `${i}:${size}`;
  let d = paths.get(key);
  if (d === undefined) paths.set(key, (d = symbol(SHAPES[i % SHAPES.length], size)() ?? ''));
  return d;
}

/** How many tint steps an ordered scale spreads over (CSS classes `tint-1` .. `tint-4`). */
export const TINT_STEPS = 4;

export type LevelMark = {
  index: number;
  count: number;
  label: string;
  /** True for an ordered dimension: drawn on a track with a tint; false for kinds: a tag only. */
  ordered: boolean;
  /** 1..TINT_STEPS along an ordered scale (the last level is always the deepest); 0 for kinds. */
  tint: number;
};

/** How a dimension's level is drawn; undefined when the value has no level (not documented). */
export function levelMark(dim: Dimension, levelId: string | undefined): LevelMark | undefined {
  const index = dim.levels.findIndex((l) => l.id === levelId);
  if (index === -1) return undefined;
  const ordered = dim.scale === 'ordinal';
  const count = dim.levels.length;
  return { index, count, label: dim.levels[index].label, ordered, tint: ordered ? Math.max(1, Math.round(((index + 1) / count) * TINT_STEPS)) : 0 };
}

/**
 * A country's value against the reference column's: the same level, a different one, or nothing to say when either
 * is not documented (a missing value is never read as "changed").
 */
export function againstReference(value: ComparisonValue, reference: ComparisonValue | undefined): 'same' | 'different' | undefined {
  if (!reference?.level || !value.level) return undefined;
  return value.level === reference.level ? 'same' : 'different';
}

/** X positions of a dimension's level steps on a track of `width` pixels (the cells, the legend and the export). */
const tracks = new Map<string, readonly number[]>();
export function trackPositions(count: number, width: number): readonly number[] {
  // Few distinct tracks, asked for by every cell on every mount: build each scale once.
  const key = `${count}:${width}`;
  let xs = tracks.get(key);
  if (!xs) {
    const x = scalePoint<number>().domain(Array.from({ length: count }, (_, i) => i)).range([0, width]).padding(0.5);
    tracks.set(key, (xs = Array.from({ length: count }, (_, i) => x(i) ?? 0)));
  }
  return xs;
}

export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  documented: 'Documented',
  reported: 'Reported by a webinar speaker',
  'not-documented': 'Not documented',
};

/** How the outline is drawn for each confidence (legend and cells share it). */
export const CONFIDENCE_STROKE: Record<Confidence, string | undefined> = {
  documented: undefined,
  reported: '6 4',
  'not-documented': '2 3',
};

export type MilestoneType = (typeof MILESTONE_TYPES)[number];
export const MILESTONE_LABELS: Record<MilestoneType, string> = {
  event: 'Event or workshop',
  training: 'Training',
  team: 'Team or service',
  research: 'Research',
  network: 'Network',
  policy: 'Policy or funding',
  publication: 'Publication',
};
