/** The cards as a graph, for views that walk it (local graph, graph page); built once, on first use. */
import { adjacency, cardEdges, type Adjacency, type Edge } from '../lib/graph';
import { allCards } from './cards';

let cached: { edges: Edge[]; adj: Adjacency } | undefined;

export function cardGraph(): { edges: readonly Edge[]; adj: Adjacency } {
  if (!cached) {
    const edges = cardEdges(allCards);
    cached = { edges, adj: adjacency(allCards.map((c) => c.id), edges) };
  }
  return cached;
}
