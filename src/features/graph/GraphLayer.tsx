import { memo } from 'react';
import { KindMark } from '../../ui/KindMark';
import { edgeKey, type GraphCard, type Highlight } from './graph-model';

export type PlacedNode = GraphCard & { x: number; y: number };

type Props = {
  nodes: readonly PlacedNode[];
  edges: readonly (readonly [PlacedNode, PlacedNode])[];
  visible: ReadonlySet<string>;
  lit: Highlight;
  /** Show every visible label (few cards, or zoomed in); lit cards are always labelled. */
  allLabels: boolean;
  onHover: (id: string | undefined) => void;
  onOpen: (id: string) => void;
};

const R = 7;
const LIT_R = 9;
const segment = ([a, b]: readonly [PlacedNode, PlacedNode]) => `M${a.x},${a.y}L${b.x},${b.y}`;

/**
 * The positioned nodes and edges. Memoised, so panning and zooming (which only change the parent group's
 * transform) never re-render a thousand nodes; unlit edges are one path element.
 */
export const GraphLayer = memo(function GraphLayer({ nodes, edges, visible, lit, allLabels, onHover, onOpen }: Props) {
  const shown = edges.filter(([a, b]) => visible.has(a.id) && visible.has(b.id));
  const dimming = lit.reason !== 'none';
  const litEdges = shown.filter(([a, b]) => lit.edges.has(edgeKey(a.id, b.id)));
  return (
    <>
      <path className={`graph-edges${dimming ? ' is-dim' : ''}`} d={shown.map(segment).join('')} />
      {litEdges.length > 0 && <path className={`graph-edges is-lit is-${lit.reason}`} d={litEdges.map(segment).join('')} />}
      {nodes.map((n) => {
        if (!visible.has(n.id)) return null;
        const isLit = lit.nodes.has(n.id);
        return (
          <g
            key={n.id}
            transform={`translate(${n.x},${n.y})`}
            className={`graph-node${isLit ? ' is-lit' : dimming ? ' is-dim' : ''}`}
            data-id={n.id}
            onPointerEnter={() => onHover(n.id)}
            onPointerLeave={() => onHover(undefined)}
            onClick={() => onOpen(n.id)}
          >
            <KindMark kind={n.kind} r={isLit ? LIT_R : R} />
            {(isLit || allLabels) && (
              <text className="graph-label" y={-(isLit ? LIT_R : R) * 1.3} dy="-0.3em" textAnchor="middle">
                {n.title}
              </text>
            )}
          </g>
        );
      })}
    </>
  );
});
