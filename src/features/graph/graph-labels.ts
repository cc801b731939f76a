/** Which cards the graph names, so long titles do not pile up on each other. Pure, tested without a browser. */
import type { PlacedNode } from './graph-model';

/** Label size in screen pixels (graph.css: 13px text with a 4px halo); a rough width per character. */
const FONT = 13;
const CHAR_WIDTH = 0.56;

type Box = { x0: number; y0: number; x1: number; y1: number };

/**
 * The visible cards to name: lit cards always, then, when names are shown at all, each other card in order of
 * `rank` (most links first) only if its name's box does not overlap a name already placed. `unit` is the size of
 * a screen pixel in layout units at the current zoom; `offset` how far above its card a name sits.
 */
export function placeLabels(
  nodes: readonly PlacedNode[],
  o: { visible: ReadonlySet<string>; lit: ReadonlySet<string>; all: boolean; rank: (id: string) => number; unit: number; offset: (id: string) => number },
): Set<string> {
  const font = FONT * o.unit;
  const boxOf = (n: PlacedNode): Box => {
    const half = (n.title.length * CHAR_WIDTH * font) / 2 + 2 * o.unit;
    const bottom = n.y - o.offset(n.id);
    return { x0: n.x - half, x1: n.x + half, y0: bottom - 1.3 * font, y1: bottom };
  };
  const placed: Box[] = [];
  const shown = new Set<string>();
  const candidates = nodes.filter((n) => o.visible.has(n.id) && (o.all || o.lit.has(n.id)));
  const lit = candidates.filter((n) => o.lit.has(n.id));
  const rest = candidates.filter((n) => !o.lit.has(n.id)).sort((a, b) => o.rank(b.id) - o.rank(a.id));
  for (const n of lit) {
    shown.add(n.id);
    placed.push(boxOf(n));
  }
  for (const n of rest) {
    const b = boxOf(n);
    if (placed.some((p) => b.x0 < p.x1 && p.x0 < b.x1 && b.y0 < p.y1 && p.y0 < b.y1)) continue;
    shown.add(n.id);
    placed.push(b);
  }
  return shown;
}
