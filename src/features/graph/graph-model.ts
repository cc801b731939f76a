/** What the graph page shows and highlights, from its data and state. Pure, so it is tested without a DOM. */
import type { GraphLayout } from '../../content/graph-schema';
import { adjacency, shortestPath, type Adjacency } from '../../lib/graph';
import type { CardKind } from '../../content/schema';
import type { GraphParams } from './graph-params';

export type GraphCard = { id: string; title: string; kind: CardKind; tags: readonly string[]; aliases: readonly string[] };
export type PlacedNode = GraphCard & { x: number; y: number };
export type PlacedGraph = { nodes: PlacedNode[]; edges: (readonly [PlacedNode, PlacedNode])[]; adj: Adjacency };

/**
 * The build-time layout joined with the cards: nodes in the order of `cards` (the app's cards come sorted by title,
 * so the lists built from them need no sorting of their own), edges as node pairs, and neighbours from the
 * layout's edges (already deduplicated at build time: cheaper on load than deriving them from every card again).
 */
export function placeGraph(layout: GraphLayout, cards: readonly GraphCard[]): PlacedGraph {
  const at = new Map(layout.nodes.map((n) => [n.id, n]));
  const byId = new Map<string, PlacedNode>();
  for (const c of cards) {
    const n = at.get(c.id);
    if (n) byId.set(c.id, { id: c.id, title: c.title, kind: c.kind, tags: c.tags, aliases: c.aliases, x: n.x, y: n.y });
  }
  const edges: PlacedGraph['edges'] = [];
  for (const [a, b] of layout.edges) {
    const na = byId.get(layout.nodes[a].id);
    const nb = byId.get(layout.nodes[b].id);
    if (na && nb) edges.push([na, nb]);
  }
  return { nodes: [...byId.values()], edges, adj: adjacency([...byId.keys()], edges.map(([a, b]) => [a.id, b.id] as const)) };
}

/** Cards that pass the kind and tag filters. */
export function visibleIds(cards: readonly GraphCard[], { kinds, tag }: GraphParams): Set<string> {
  return new Set(cards.filter((c) => (!kinds || kinds.includes(c.kind)) && (!tag || c.tags.includes(tag))).map((c) => c.id));
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Visible cards whose title, alias or id contains the query (case and accents ignored). */
export function searchMatches(cards: readonly GraphCard[], query: string, visible: ReadonlySet<string>): string[] {
  const q = fold(query.trim());
  if (!q) return [];
  return cards
    .filter((c) => visible.has(c.id) && [c.title, c.id, ...c.aliases].some((s) => fold(s).includes(q)))
    .map((c) => c.id);
}

export type Highlight = {
  /** Why nodes are lit; none when nothing is. */
  reason: 'path' | 'focus' | 'search' | 'none';
  nodes: ReadonlySet<string>;
  /** Lit edges as "a b" keys with a < b. */
  edges: ReadonlySet<string>;
};

export const edgeKey = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);

/** A chain being shown wins over the hovered card, which wins over search matches. */
export function highlight(
  adj: Adjacency,
  visible: ReadonlySet<string>,
  state: { path?: readonly string[]; focus?: string; matches: readonly string[] },
): Highlight {
  if (state.path && state.path.length) {
    const edges = new Set(state.path.slice(1).map((id, i) => edgeKey(state.path![i], id)));
    return { reason: 'path', nodes: new Set(state.path), edges };
  }
  if (state.focus && visible.has(state.focus)) {
    const near = (adj.get(state.focus) ?? []).filter((n) => visible.has(n));
    return { reason: 'focus', nodes: new Set([state.focus, ...near]), edges: new Set(near.map((n) => edgeKey(state.focus!, n))) };
  }
  if (state.matches.length) return { reason: 'search', nodes: new Set(state.matches), edges: new Set() };
  return { reason: 'none', nodes: new Set(), edges: new Set() };
}

/**
 * The shortest chain between the chosen ends over the whole graph (filters only change what is drawn; the cards
 * on the chain are always drawn), or null when none connects them; undefined until both ends are chosen.
 */
export function chainBetween(adj: Adjacency, from?: string, to?: string): string[] | null | undefined {
  if (!from || !to) return undefined;
  return shortestPath(adj, from, to) ?? null;
}
