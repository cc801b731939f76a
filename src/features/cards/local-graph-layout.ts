/**
 * A card's neighbourhood laid out in rings: the card in the centre, its direct neighbours on a ring, cards two
 * steps away on an outer ring next to the neighbour that leads to them. Tiny and deterministic, so the card
 * route needs no force simulation.
 */
import { neighbourhood, type Adjacency, type Edge } from '../../lib/graph';
import { CHAR_WIDTH, keepApart, type Box } from '../../lib/label-boxes';

export type LocalNode = { id: string; hop: number; x: number; y: number; /** radians, 0 = right */ angle: number };
export type LocalLayout = { nodes: LocalNode[]; edges: Edge[]; radius: number };

export const RING = 140;

export function localGraphLayout(adj: Adjacency, centre: string, hops: 1 | 2, titleOf: (id: string) => string): LocalLayout {
  const dist = neighbourhood(adj, centre, hops);
  // Plain code-unit order of lower-cased titles: cheap on a phone (no collator to set up while the page hydrates).
  const byTitle = (a: string, b: string) => {
    const [x, y] = [titleOf(a).toLowerCase(), titleOf(b).toLowerCase()];
    return x < y ? -1 : x > y ? 1 : 0;
  };
  const nodes: LocalNode[] = [{ id: centre, hop: 0, x: 0, y: 0, angle: 0 }];
  const angleOf = new Map<string, number>([[centre, 0]]);
  const place = (ids: string[], hop: number) => {
    ids.forEach((id, i) => {
      const angle = -Math.PI / 2 + (i * 2 * Math.PI) / Math.max(ids.length, 1);
      angleOf.set(id, angle);
      const r = RING * hop;
      nodes.push({ id, hop, angle, x: Math.round(r * Math.cos(angle) * 10) / 10, y: Math.round(r * Math.sin(angle) * 10) / 10 });
    });
  };
  const ring1 = [...dist].filter(([, d]) => d === 1).map(([id]) => id).sort(byTitle);
  place(ring1, 1);
  if (hops === 2) {
    // Each outer card sits near the first (by position) neighbour that leads to it.
    const parentAngle = (id: string) =>
      Math.min(...(adj.get(id) ?? []).filter((n) => dist.get(n) === 1).map((n) => angleOf.get(n)!));
    const ring2 = [...dist].filter(([, d]) => d === 2).map(([id]) => id);
    ring2.sort((a, b) => parentAngle(a) - parentAngle(b) || byTitle(a, b));
    place(ring2, 2);
  }
  const shown = new Set(nodes.map((n) => n.id));
  const edges: Edge[] = [];
  for (const id of shown) for (const n of adj.get(id) ?? []) if (id < n && shown.has(n)) edges.push([id, n]);
  return { nodes, edges, radius: RING * (nodes.some((n) => n.hop === 2) ? 2 : 1) };
}

/** The narrowest the picture is drawn with its ring named (local-graph.css hides the names below it), in CSS px. */
export const NAMED_FROM_PX = 520;
/** Names are 13 px text (local-graph.css), kept that size in CSS pixels whatever the picture's width. */
const LABEL_PX = 13;

/** A label's text and box, as LocalGraph draws it: the centre's above its mark, each neighbour's beside its own. */
export function labelBox(n: LocalNode, text: string, width: number): Box {
  // The widest SVG unit a name can have: the picture drawn at its narrowest named width.
  const em = LABEL_PX * (width / NAMED_FROM_PX);
  const length = text.length * CHAR_WIDTH * em;
  if (n.hop === 0) return { x0: n.x - length / 2, x1: n.x + length / 2, y0: n.y - 2.1 * em, y1: n.y - 1 * em };
  const right = Math.cos(n.angle) >= -0.01;
  const [x0, x1] = right ? [n.x + em, n.x + em + length] : [n.x - em - length, n.x - em];
  return { x0, x1, y0: n.y - 0.65 * em, y1: n.y + 0.65 * em };
}

/**
 * The neighbours named on the ring: as many as fit without two names overlapping at any width the names are
 * drawn at, the best-linked first. The others are named on hover and in the list.
 */
export function namedOnRing(layout: LocalLayout, width: number, text: (id: string) => string, rank: (id: string) => number): Set<string> {
  const byId = new Map(layout.nodes.map((n) => [n.id, n]));
  const centre = layout.nodes.filter((n) => n.hop === 0).map((n) => n.id);
  const ring = layout.nodes.filter((n) => n.hop === 1).map((n) => n.id).sort((a, b) => rank(b) - rank(a));
  return keepApart(centre, ring, (id) => labelBox(byId.get(id)!, text(id), width));
}
