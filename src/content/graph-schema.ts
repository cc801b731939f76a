/**
 * The knowledge base graph with its layout, computed at build time (src/content/pipeline/graph-layout.ts) and served
 * as `virtual:content/graph`. Derived data, never written by hand, so a type is enough (no zod schema).
 */
export type GraphLayout = {
  /** Card ids with their positions, sorted by id; x and y are in layout units around (0, 0). */
  nodes: { id: string; x: number; y: number }[];
  /** Connected pairs as indexes into `nodes`. */
  edges: [number, number][];
  /** The box every node fits in, for the initial view. */
  bounds: { minX: number; minY: number; maxX: number; maxY: number };
};
