/** Which cards the graph names, so long titles do not pile up on each other. Pure, tested without a browser. */
import { CHAR_WIDTH, keepApart, type Box } from '../../lib/label-boxes';
import type { PlacedNode } from './graph-model';

/** Label size in screen pixels (graph.css: 13px text with a 4px halo). */
const FONT = 13;

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
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const boxOf = (id: string): Box => {
    const n = byId.get(id)!;
    const half = (n.title.length * CHAR_WIDTH * font) / 2 + 2 * o.unit;
    const bottom = n.y - o.offset(n.id);
    return { x0: n.x - half, x1: n.x + half, y0: bottom - 1.3 * font, y1: bottom };
  };
  const candidates = nodes.filter((n) => o.visible.has(n.id) && (o.all || o.lit.has(n.id)));
  const lit = candidates.filter((n) => o.lit.has(n.id)).map((n) => n.id);
  const rest = candidates.filter((n) => !o.lit.has(n.id)).sort((a, b) => o.rank(b.id) - o.rank(a.id)).map((n) => n.id);
  return keepApart(lit, rest, boxOf);
}
