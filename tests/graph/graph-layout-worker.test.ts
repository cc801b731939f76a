// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { layoutInWorker } from '../../src/content/pipeline/graph-collection';
import { layoutGraph } from '../../src/content/pipeline/graph-layout';
import type { Edge } from '../../src/lib/graph';

describe('graph layout on another thread (large knowledge bases)', () => {
  it('places every card exactly where the layout in this thread does', async () => {
    const ids = Array.from({ length: 120 }, (_, i) => `card-${i}`);
    // Each card links to two others, some far apart: a connected graph with clusters, like a real one.
    const edges: Edge[] = ids.flatMap((id, i) => [[id, ids[(i + 1) % 120]] as Edge, [id, ids[(i * 7 + 3) % 120]] as Edge]);
    const here = layoutGraph(ids, edges);
    const there = await layoutInWorker(ids, edges);
    expect(there.nodes).toHaveLength(120);
    expect(there).toEqual(here);
  });
});
