/**
 * Lays the whole knowledge base out with d3-force at build time, so the graph page opens with positions ready
 * (a 1,000-card simulation takes seconds, several times more on a phone) and the same content always gives the
 * same picture: node order is sorted, d3-force's start positions and jiggle are deterministic, ticks are fixed.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import type { Edge } from '../../lib/graph.ts';
import type { GraphLayout } from '../graph-schema.ts';

type Node = SimulationNodeDatum & { id: string };

export const LAYOUT_TICKS = 300;

/**
 * Ticks for `n` nodes: the default 300 up to 500 cards, fewer beyond (each tick costs O(n log n)), with the cooling
 * rate matched so the layout still settles: ~210 ticks at 1,000 cards, ~95 at 5,000.
 */
export function ticksFor(n: number): number {
  return Math.round(LAYOUT_TICKS * Math.min(1, Math.sqrt(500 / Math.max(n, 1))));
}

/**
 * The many-body force's Barnes–Hut accuracy for `n` nodes: d3's default (0.9) up to 500 cards, coarser beyond, up to
 * 1.5 from about 1,400 cards: the force is most of a large layout's time (tests/bench/README.md), and the coarser
 * picture keeps its measures (edge lengths, spread, no overlaps: tests/graph/graph-layout.test.ts).
 */
export function thetaFor(n: number): number {
  return Math.min(1.5, 0.9 * Math.sqrt(Math.max(n, 500) / 500));
}

export function layoutGraph(
  ids: readonly string[],
  edges: readonly Edge[],
  ticks = ticksFor(ids.length),
  theta = thetaFor(ids.length),
): GraphLayout {
  const sorted = [...ids].sort();
  const indexOf = new Map(sorted.map((id, i) => [id, i]));
  const nodes: Node[] = sorted.map((id) => ({ id }));
  const pairs = edges
    .map(([a, b]) => [indexOf.get(a), indexOf.get(b)] as const)
    .filter((p): p is readonly [number, number] => p[0] !== undefined && p[1] !== undefined)
    .map(([a, b]): readonly [number, number] => (a < b ? [a, b] : [b, a]))
    // Edge order changes the simulation, so it is normalised too.
    .sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  const links = pairs.map(([source, target]) => ({ source, target }));
  const simulation = forceSimulation(nodes)
    .force('link', forceLink(links).distance(50))
    // A bounded reach keeps the many-body force cheap on large graphs without changing small ones.
    .force('charge', forceManyBody().strength(-160).distanceMax(600).theta(theta))
    .force('collide', forceCollide(16))
    // Gentle pulls to the centre keep unconnected cards and small islands in view.
    .force('x', forceX(0).strength(0.04))
    .force('y', forceY(0).strength(0.04))
    // Cool from alpha 1 to d3's default alphaMin (0.001) in exactly `ticks` steps.
    .alphaDecay(1 - Math.pow(0.001, 1 / ticks))
    .stop();
  simulation.tick(ticks);
  const round = (v: number | undefined) => Math.round((v ?? 0) * 10) / 10;
  const placed = nodes.map((n) => ({ id: n.id, x: round(n.x), y: round(n.y) }));
  const xs = placed.map((n) => n.x);
  const ys = placed.map((n) => n.y);
  return {
    nodes: placed,
    edges: pairs.map(([a, b]) => [a, b]),
    bounds: placed.length
      ? { minX: Math.min(...xs), minY: Math.min(...ys), maxX: Math.max(...xs), maxY: Math.max(...ys) }
      : { minX: 0, minY: 0, maxX: 0, maxY: 0 },
  };
}
