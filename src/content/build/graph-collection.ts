/** The `graph` collection: every card and link with positions laid out at build time (`virtual:content/graph`). */
import { cardEdges } from '../../lib/graph.ts';
import type { Collection } from './collections.ts';
import { layoutGraph } from './graph-layout.ts';

export const graphCollection: Collection = {
  name: 'graph',
  async load(_root, base) {
    const cards = base.index.cards;
    return { data: layoutGraph(cards.map((c) => c.id), cardEdges(cards)), problems: [] };
  },
};
