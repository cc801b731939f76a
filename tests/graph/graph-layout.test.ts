import { describe, expect, it } from 'vitest';
import { layoutGraph, thetaFor } from '../../src/content/pipeline/graph-layout';
import type { GraphLayout } from '../../src/content/graph-schema';
import { cardEdges } from '../../src/lib/graph';
import { syntheticCards } from '../bench/synthetic-kb';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** What a reader sees of a layout: how near linked cards sit, how far apart cards are, and whether any overlap. */
function measures({ nodes, edges }: GraphLayout) {
  const dist = (i: number, j: number) => Math.hypot(nodes[i].x - nodes[j].x, nodes[i].y - nodes[j].y);
  const pairs: number[] = [];
  let nearest = Infinity;
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const d = dist(i, j);
      nearest = Math.min(nearest, d);
      if ((i * 31 + j) % 17 === 0) pairs.push(d);
    }
  }
  return { linked: median(edges.map(([a, b]) => dist(a, b))), apart: median(pairs), nearest };
}

describe('the build-time layout of a large knowledge base', () => {
  it("keeps d3's default accuracy for the real content's size, coarser only for large bases", () => {
    expect(thetaFor(56)).toBe(0.9);
    expect(thetaFor(500)).toBe(0.9);
    expect(thetaFor(1000)).toBeGreaterThan(1.2);
    expect(thetaFor(5000)).toBe(1.5);
  });

  it('gives 1,000 cards the picture the default accuracy gives: linked cards near, none overlapping', () => {
    const cards = syntheticCards(1000);
    const ids = cards.map((c) => c.id);
    const edges = cardEdges(cards);
    const coarse = measures(layoutGraph(ids, edges));
    const exact = measures(layoutGraph(ids, edges, undefined, 0.9));
    // Cards are drawn with a radius of 7 (9 when lit): centres 24 apart never touch.
    expect(coarse.nearest).toBeGreaterThan(24);
    expect(coarse.linked).toBeLessThan(coarse.apart * 0.6);
    expect(Math.abs(coarse.linked - exact.linked) / exact.linked).toBeLessThan(0.1);
    expect(Math.abs(coarse.apart - exact.apart) / exact.apart).toBeLessThan(0.1);
  });
});
