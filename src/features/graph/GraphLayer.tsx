import { memo, useMemo } from 'react';
import { kindShapePath } from '../../ui/kind-shapes';
import '../../ui/kind-marks.css';
import { placeLabels } from './graph-labels';
import { edgeKey, type Highlight, type PlacedNode } from './graph-model';

type Props = {
  nodes: readonly PlacedNode[];
  edges: readonly (readonly [PlacedNode, PlacedNode])[];
  visible: ReadonlySet<string>;
  lit: Highlight;
  onHover: (id: string | undefined) => void;
  onOpen: (id: string) => void;
};

const R = 7;
const LIT_R = 9;
const cardAt = (target: EventTarget) => (target instanceof Element ? target.closest<SVGElement>('[data-id]')?.dataset.id : undefined);
const segment = ([a, b]: readonly [PlacedNode, PlacedNode]) => `M${a.x},${a.y}L${b.x},${b.y}`;

/**
 * The positioned nodes and edges. Memoised, so panning and zooming (which only change the parent group's
 * transform) never re-render a thousand nodes; unlit edges are one path element. Each node is a plain `<path>` of
 * its kind's shape: a `<use>` per node would be shorter markup, but each one carries a shadow tree, which made
 * the first style and layout of a 1,000-card page about half as slow again.
 */
export const GraphLayer = memo(function GraphLayer({ nodes, edges, visible, lit, onHover, onOpen }: Props) {
  const shown = edges.filter(([a, b]) => visible.has(a.id) && visible.has(b.id));
  const dimming = lit.reason !== 'none';
  const litEdges = shown.filter(([a, b]) => lit.edges.has(edgeKey(a.id, b.id)));
  const open = (id: string | undefined) => id && onOpen(id);
  return (
    <>
      <path className={`graph-edges${dimming ? ' is-dim' : ''}`} d={shown.map(segment).join('')} />
      {litEdges.length > 0 && <path className={`graph-edges is-lit is-${lit.reason}`} d={litEdges.map(segment).join('')} />}
      {/* One set of handlers for all marks (each mark names its card in data-id), not three per mark. */}
      <g onPointerOver={(e) => onHover(cardAt(e.target))} onPointerOut={() => onHover(undefined)} onClick={(e) => open(cardAt(e.target))}>
        {nodes.map((n) => {
          if (!visible.has(n.id)) return null;
          const isLit = lit.nodes.has(n.id);
          return (
            <path
              key={n.id}
              d={kindShapePath(n.kind, isLit ? LIT_R : R)}
              transform={`translate(${n.x},${n.y})`}
              className={`graph-node kind-mark kind-fill-${n.kind}${isLit ? ' is-lit' : dimming ? ' is-dim' : ''}`}
              data-id={n.id}
            />
          );
        })}
      </g>
    </>
  );
});

type LabelProps = Pick<Props, 'nodes' | 'edges' | 'visible' | 'lit'> & {
  /** Name every visible card whose name has room (few cards, or zoomed in); lit cards are always named. */
  allLabels: boolean;
  /** One screen pixel in layout units at the settled zoom. */
  unit: number;
};

/**
 * Card names, in their own layer: the zoom level reaches them through a CSS variable on their group only, so a
 * zoom step restyles the names shown, not every node. A name that would overlap one already placed (better
 * connected cards first) is left out until zooming in makes room.
 */
export const GraphLabels = memo(function GraphLabels({ nodes, edges, visible, lit, allLabels, unit }: LabelProps) {
  const dimming = lit.reason !== 'none';
  const degree = useMemo(() => {
    const d = new Map<string, number>();
    for (const [a, b] of edges) {
      d.set(a.id, (d.get(a.id) ?? 0) + 1);
      d.set(b.id, (d.get(b.id) ?? 0) + 1);
    }
    return d;
  }, [edges]);
  const offset = (id: string) => (lit.nodes.has(id) ? LIT_R : R) * 1.3;
  const named = placeLabels(nodes, { visible, lit: lit.nodes, all: allLabels, rank: (id) => degree.get(id) ?? 0, unit, offset });
  return (
    <>
      {nodes.map((n) => {
        if (!named.has(n.id)) return null;
        const isLit = lit.nodes.has(n.id);
        return (
          <text
            key={n.id}
            className={`graph-label${isLit ? ' is-lit' : dimming ? ' is-dim' : ''}`}
            x={n.x}
            y={n.y - offset(n.id)}
            dy="-0.3em"
            textAnchor="middle"
          >
            {n.title}
          </text>
        );
      })}
    </>
  );
});
