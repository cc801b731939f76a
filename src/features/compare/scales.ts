/**
 * Visual encodings (pure): a level is drawn by its position on a track, with a shape and a colour that both
 * follow the level, so colour is never the only signal. Confidence is drawn by outline and hatching, never colour.
 */
import { scalePoint } from 'd3-scale';
import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye, symbolCross, type SymbolType } from 'd3-shape';
import type { Confidence, Dimension } from '../../content/comparison-schema';
import type { MILESTONE_TYPES } from '../../content/comparison-vocabulary';

/** Okabe-Ito, the colour-blind-safe palette (black and yellow left out: too little contrast on one theme). */
export const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9'] as const;

const SHAPES: SymbolType[] = [symbolCircle, symbolSquare, symbolTriangle, symbolDiamond, symbolStar, symbolWye, symbolCross];
export const SHAPE_NAMES = ['circle', 'square', 'triangle', 'diamond', 'star', 'wye', 'cross'] as const;

/** An SVG path for shape number `i`, centred on 0,0, of about `size` square pixels. */
const paths = new Map<string, string>();
export function shapePath(i: number, size: number): string {
  // A handful of shapes and sizes, drawn hundreds of times: compute each path once.
  const key = `${i}:${size}`;
  let d = paths.get(key);
  if (d === undefined) paths.set(key, (d = symbol(SHAPES[i % SHAPES.length], size)() ?? ''));
  return d;
}

export type LevelGlyph = { index: number; count: number; colour: string; shape: number; label: string };

/** Where and how a dimension's level is drawn; undefined when the value has no level (not documented). */
export function levelGlyph(dim: Dimension, levelId: string | undefined): LevelGlyph | undefined {
  const index = dim.levels.findIndex((l) => l.id === levelId);
  if (index === -1) return undefined;
  return { index, count: dim.levels.length, colour: OKABE_ITO[index % OKABE_ITO.length], shape: index, label: dim.levels[index].label };
}

/** Radius of a slot's dot on the track (drawn with the track's stroke around it, so it shows 1 px wider). */
const SLOT_RADIUS = 1.5;

/**
 * The track of a cell as one path: a line `width` long with a dot at each of `slots`. One element per cell rather
 * than a line and a circle per level: the matrix has hundreds of these, and each element costs the page's first render.
 */
const trackPaths = new Map<string, string>();
export function trackPath(slots: readonly number[], width: number): string {
  const key = `${width}:${slots.join(',')}`;
  let d = trackPaths.get(key);
  if (d === undefined) {
    const r = SLOT_RADIUS;
    const dots = slots.map((x) => `M${x + r},0a${r},${r} 0 1,0 ${-2 * r},0a${r},${r} 0 1,0 ${2 * r},0`).join('');
    trackPaths.set(key, (d = `M0,0H${width}${dots}`));
  }
  return d;
}

/** X positions of a dimension's level slots inside a cell track of `width` pixels. */
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
