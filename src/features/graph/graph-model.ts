/** What the graph page shows and highlights, from its data and state. Pure, so it is tested without a DOM. */
import { shortestPath, type Adjacency } from '../../lib/graph';
import type { CardKind } from '../../content/schema';
import type { GraphParams } from './graph-params';

export type GraphCard = { id: string; title: string; kind: CardKind; tags: readonly string[]; aliases: readonly string[] };

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
