/**
 * The knowledge base as an undirected graph: which cards connect (a body link or a typed relation, either
 * direction), their neighbourhoods and the shortest chain between two cards. Pure, shared by the build-time
 * layout, the card page's local graph and the graph page.
 */
export type Edge = readonly [string, string];
type Linkable = { id: string; links: readonly string[]; related: readonly { card: string }[] };

/** One edge per connected pair, whatever the direction or the number of links; ordered for stable output. */
export function cardEdges(cards: readonly Linkable[]): Edge[] {
  const known = new Set(cards.map((c) => c.id));
  const pairs = new Map<string, Edge>();
  for (const c of cards) {
    for (const to of [...c.links, ...c.related.map((r) => r.card)]) {
      if (to === c.id || !known.has(to)) continue;
      const edge: Edge = c.id < to ? [c.id, to] : [to, c.id];
      pairs.set(`${edge[0]} ${edge[1]}`, edge);
    }
  }
  // Plain code-unit order: as deterministic as localeCompare for ids, and far cheaper (this runs as a card page hydrates).
  return [...pairs.keys()].sort().map((key) => pairs.get(key)!);
}

export type Adjacency = ReadonlyMap<string, readonly string[]>;

/** Neighbours of every node, sorted, so walks over the graph are deterministic. */
export function adjacency(ids: readonly string[], edges: readonly Edge[]): Adjacency {
  const adj = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const [a, b] of edges) {
    adj.get(a)?.push(b);
    adj.get(b)?.push(a);
  }
  for (const list of adj.values()) list.sort();
  return adj;
}

/** The nodes within `hops` links of `start`, with their distance (start itself at 0). */
export function neighbourhood(adj: Adjacency, start: string, hops: number): Map<string, number> {
  const dist = new Map<string, number>([[start, 0]]);
  let frontier = [start];
  for (let d = 1; d <= hops && frontier.length; d++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const n of adj.get(id) ?? []) {
        if (dist.has(n)) continue;
        dist.set(n, d);
        next.push(n);
      }
    }
    frontier = next;
  }
  return dist;
}

/**
 * The shortest chain of links from `from` to `to` (both included), or undefined when none connects them.
 * `allowed` limits the walk to visible nodes. Breadth-first over sorted neighbours: the same graph always
 * gives the same chain.
 */
export function shortestPath(adj: Adjacency, from: string, to: string, allowed?: (id: string) => boolean): string[] | undefined {
  if (!adj.has(from) || !adj.has(to)) return undefined;
  const previous = new Map<string, string | null>([[from, null]]);
  let frontier = [from];
  while (frontier.length && !previous.has(to)) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const n of adj.get(id) ?? []) {
        if (previous.has(n) || (allowed && !allowed(n))) continue;
        previous.set(n, id);
        next.push(n);
      }
    }
    frontier = next;
  }
  if (!previous.has(to)) return undefined;
  const path: string[] = [];
  for (let at: string | null = to; at !== null; at = previous.get(at) ?? null) path.unshift(at);
  return path;
}
