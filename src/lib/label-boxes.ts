/** Keeping chart labels apart: a greedy pass that names what fits, most important first. Pure. */

/** A label's box, in the chart's own units. */
export type Box = { x0: number; y0: number; x1: number; y1: number };

/** A rough width per character of the system sans-serif, as a share of the font size. */
export const CHAR_WIDTH = 0.56;

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * The ids whose labels are drawn: every one in `always`, then each of `ranked` (most important first) only if its
 * box overlaps none already placed.
 */
export function keepApart(always: readonly string[], ranked: readonly string[], boxOf: (id: string) => Box): Set<string> {
  const placed = always.map(boxOf);
  const shown = new Set(always);
  for (const id of ranked) {
    const box = boxOf(id);
    if (placed.some((p) => overlaps(box, p))) continue;
    shown.add(id);
    placed.push(box);
  }
  return shown;
}
