import { describe, expect, it } from 'vitest';
import { labelBox, localGraphLayout, namedOnRing } from '../../src/features/cards/local-graph-layout';
import type { Adjacency } from '../../src/lib/graph';

/** A hub with `n` neighbours, each with a long title. */
function hub(n: number) {
  const ids = Array.from({ length: n }, (_, i) => `card-${String(i).padStart(2, '0')}`);
  const adj: Adjacency = new Map([['hub', ids], ...ids.map((id) => [id, ['hub']] as [string, string[]])]);
  const title = (id: string) => (id === 'hub' ? 'Open Dialogue' : `A rather long card title ${id}`);
  return { layout: localGraphLayout(adj, 'hub', 1, title), title };
}

const width = (layout: ReturnType<typeof hub>['layout']) => 2 * (layout.radius + 170);

describe('names on a card’s ring of connections', () => {
  it('never overlap, even around a hub of 46 neighbours', () => {
    const { layout, title } = hub(46);
    const named = namedOnRing(layout, width(layout), title, () => 1);
    expect(named.has('hub')).toBe(true);
    expect(named.size).toBeGreaterThan(8);
    expect(named.size).toBeLessThan(47);
    const boxes = [...named].map((id) => labelBox(layout.nodes.find((n) => n.id === id)!, title(id), width(layout)));
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).toBe(false);
  });

  it('name every neighbour when few enough fit', () => {
    const { layout, title } = hub(6);
    expect(namedOnRing(layout, width(layout), title, () => 1).size).toBe(7);
  });

  it('name the best-linked first', () => {
    const { layout, title } = hub(46);
    const rank = (id: string) => (id === 'card-01' ? 10 : 1);
    expect(namedOnRing(layout, width(layout), title, rank).has('card-01')).toBe(true);
  });
});
