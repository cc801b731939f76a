/** Worker entry (run-in-worker.ts): lays out the graph on another thread while the build compiles card bodies. */
import { parentPort, workerData } from 'node:worker_threads';
import type { Edge } from '../../lib/graph.ts';
import { layoutGraph } from './graph-layout.ts';

const { ids, edges } = workerData as { ids: string[]; edges: Edge[] };
parentPort?.postMessage(layoutGraph(ids, edges));
