import { describe, expect, it } from 'vitest';
import { placeLabels } from '../../src/features/graph/graph-labels';
import type { PlacedNode } from '../../src/features/graph/graph-model';

const node = (id: string, x: number, y: number, title = `A fairly long card title ${id}`): PlacedNode => ({
  id, title, kind: 'principle', tags: [], aliases: [], x, y,
});
// hub and leaf sit side by side (their names would overlap at 1 px per unit); far is well away.
const nodes = [node('leaf', 0, 0), node('hub', 30, 4), node('far', 0, 400)];
const links: Record<string, number> = { hub: 9, leaf: 1, far: 2 };
const base = { visible: new Set(nodes.map((n) => n.id)), lit: new Set<string>(), all: true, rank: (id: string) => links[id], unit: 1, offset: () => 9 };

describe('graph labels', () => {
  it('names the better connected of two cards whose names would overlap, and every card with room', () => {
    expect([...placeLabels(nodes, base)].sort()).toEqual(['far', 'hub']);
  });

  it('makes room for both names when zoomed in', () => {
    expect([...placeLabels(nodes, { ...base, unit: 0.1 })].sort()).toEqual(['far', 'hub', 'leaf']);
  });

  it('always names lit cards, even over a better connected one, and only them when names are off', () => {
    expect([...placeLabels(nodes, { ...base, lit: new Set(['leaf']) })].sort()).toEqual(['far', 'leaf']);
    expect([...placeLabels(nodes, { ...base, all: false, lit: new Set(['leaf']) })]).toEqual(['leaf']);
    expect([...placeLabels(nodes, { ...base, visible: new Set(['leaf', 'far']) })].sort()).toEqual(['far', 'leaf']);
  });
});
