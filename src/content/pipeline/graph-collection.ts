/** The `graph` collection: every card and link with positions laid out at build time (`virtual:content/graph`). */
import { fileURLToPath } from 'node:url';
import { cardEdges, type Edge } from '../../lib/graph.ts';
import type { GraphLayout } from '../graph-schema.ts';
import type { Collection } from './collection.ts';
import { layoutGraph } from './graph-layout.ts';
import { runInWorker } from './run-in-worker.ts';

/** From this many cards the layout runs on another thread: below it, starting the thread costs more than it saves. */
export const WORKER_FROM_CARDS = 300;

/** The layout on another thread (graph-layout-worker.ts): the same positions as `layoutGraph`. */
export const layoutInWorker = (ids: string[], edges: Edge[]) =>
  runInWorker<GraphLayout>(fileURLToPath(new URL('./graph-layout-worker.ts', import.meta.url)), { ids, edges });

export const graphCollection: Collection = {
  name: 'graph',
  async load(_root, base) {
    const cards = base.index.cards;
    const ids = cards.map((c) => c.id);
    const edges = cardEdges(cards);
    const data = cards.length >= WORKER_FROM_CARDS ? await layoutInWorker(ids, edges) : layoutGraph(ids, edges);
    return { data, problems: [] };
  },
};
