import { describe, expect, it } from 'vitest';
import { layoutGraph } from '../../src/content/pipeline/graph-layout';
import { adjacency, cardEdges, neighbourhood, shortestPath } from '../../src/lib/graph';

const card = (id: string, links: string[] = [], related: string[] = []) => ({
  id,
  links,
  related: related.map((c) => ({ card: c })),
});
// a - b - c - d, b - e (typed relation), f alone
const cards = [card('a', ['b']), card('b', ['a', 'c']), card('c', ['d']), card('d'), card('e', [], ['b']), card('f')];
const edges = cardEdges(cards);
const adj = adjacency(cards.map((c) => c.id), edges);

describe('the card graph', () => {
  it('joins body links and typed relations into one undirected edge per pair', () => {
    expect(edges).toEqual([['a', 'b'], ['b', 'c'], ['b', 'e'], ['c', 'd']]);
    expect(adj.get('b')).toEqual(['a', 'c', 'e']);
    expect(adj.get('f')).toEqual([]);
  });

  it('ignores links to itself and to unknown cards', () => {
    expect(cardEdges([card('x', ['x', 'nowhere'])])).toEqual([]);
  });

  it('finds neighbourhoods one and two hops out', () => {
    expect([...neighbourhood(adj, 'a', 1)]).toEqual([['a', 0], ['b', 1]]);
    expect(Object.fromEntries(neighbourhood(adj, 'a', 2))).toEqual({ a: 0, b: 1, c: 2, e: 2 });
  });

  it('finds the shortest chain, or none', () => {
    expect(shortestPath(adj, 'a', 'd')).toEqual(['a', 'b', 'c', 'd']);
    expect(shortestPath(adj, 'e', 'e')).toEqual(['e']);
    expect(shortestPath(adj, 'a', 'f')).toBeUndefined();
    expect(shortestPath(adj, 'a', 'zzz')).toBeUndefined();
    // Hidden nodes are not walked through.
    expect(shortestPath(adj, 'a', 'd', (id) => id !== 'c')).toBeUndefined();
  });
});

describe('the build-time layout', () => {
  it('places every node, keeps edges as indexes and gives the same picture for the same content', () => {
    const first = layoutGraph(cards.map((c) => c.id), edges);
    const shuffled = layoutGraph(['f', 'e', 'd', 'c', 'b', 'a'], [...edges].reverse());
    expect(shuffled).toEqual(first);
    expect(first.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(first.edges).toEqual([[0, 1], [1, 2], [1, 4], [2, 3]]);
    for (const n of first.nodes) {
      expect(Number.isFinite(n.x) && Number.isFinite(n.y)).toBe(true);
      expect(n.x).toBeGreaterThanOrEqual(first.bounds.minX);
      expect(n.x).toBeLessThanOrEqual(first.bounds.maxX);
    }
    // Linked cards sit closer together than unlinked ones.
    const at = (id: string) => first.nodes.find((n) => n.id === id)!;
    const dist = (p: string, q: string) => Math.hypot(at(p).x - at(q).x, at(p).y - at(q).y);
    expect(dist('a', 'b')).toBeLessThan(dist('a', 'd'));
  });
});
