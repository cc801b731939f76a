/**
 * A shape for each kind of card, so graphs tell kinds apart without relying on colour (WCAG 1.4.1).
 * Each returns an SVG path centred on (0, 0) with roughly the same visual area for radius `r`.
 */
import type { CardKind } from '../content/schema';

const f = (v: number) => Math.round(v * 100) / 100;
const polygon = (points: [number, number][]) => `M${points.map(([x, y]) => `${f(x)},${f(y)}`).join('L')}Z`;
const regular = (n: number, r: number, turn = 0) =>
  polygon(Array.from({ length: n }, (_, i) => {
    const a = turn + (i * 2 * Math.PI) / n - Math.PI / 2;
    return [r * Math.cos(a), r * Math.sin(a)];
  }));
const star = (r: number) =>
  polygon(Array.from({ length: 10 }, (_, i) => {
    const a = (i * Math.PI) / 5 - Math.PI / 2;
    const rr = i % 2 ? r * 0.5 : r * 1.25;
    return [rr * Math.cos(a), rr * Math.sin(a)];
  }));
const plus = (r: number, w = r * 0.42) =>
  polygon([[-w, -r], [w, -r], [w, -w], [r, -w], [r, w], [w, w], [w, r], [-w, r], [-w, w], [-r, w], [-r, -w], [-w, -w]]);
const circle = (r: number) => `M${f(-r)},0A${f(r)},${f(r)} 0 1,0 ${f(r)},0A${f(r)},${f(r)} 0 1,0 ${f(-r)},0Z`;

export const KIND_SHAPE_NAMES: Record<CardKind, string> = {
  approach: 'circle',
  principle: 'diamond',
  practice: 'square',
  role: 'triangle',
  country: 'hexagon',
  organisation: 'pentagon',
  person: 'downward triangle',
  event: 'star',
  question: 'plus',
  term: 'octagon',
  study: 'wide rectangle',
};

function shapePath(kind: CardKind, r: number): string {
  switch (kind) {
    case 'approach': return circle(r);
    case 'principle': return regular(4, r * 1.25);
    case 'practice': return regular(4, r * 1.2, Math.PI / 4);
    case 'role': return regular(3, r * 1.35);
    case 'country': return regular(6, r * 1.1);
    case 'organisation': return regular(5, r * 1.15);
    case 'person': return regular(3, r * 1.35, Math.PI);
    case 'event': return star(r);
    case 'question': return plus(r * 1.15);
    case 'term': return regular(8, r * 1.05, Math.PI / 8);
    case 'study': return polygon([[-r * 1.35, -r * 0.7], [r * 1.35, -r * 0.7], [r * 1.35, r * 0.7], [-r * 1.35, r * 0.7]]);
  }
}

const shapes = new Map<string, string>();

/** The path of `kind`'s shape at radius `r`; kept once made, as a page draws many marks in a few kinds and sizes. */
export function kindShapePath(kind: CardKind, r: number): string {
  const key = `${kind} ${r}`;
  let d = shapes.get(key);
  if (d === undefined) shapes.set(key, (d = shapePath(kind, r)));
  return d;
}
