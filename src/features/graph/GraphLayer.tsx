import { memo } from 'react';
import { CARD_KINDS } from '../../content/vocabulary';
import { kindShapePath } from '../../ui/kind-shapes';
import '../../ui/kind-marks.css';
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
/** Each kind's shape, plain and lit, built once. */
const SHAPES = Object.fromEntries(CARD_KINDS.map((k) => [k, [kindShapePath(k, R), kindShapePath(k, LIT_R)]]));

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
              d={SHAPES[n.kind][isLit ? 1 : 0]}
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

type LabelProps = Pick<Props, 'nodes' | 'visible' | 'lit'> & {
  /** Show every visible label (few cards, or zoomed in); lit cards are always labelled. */
  allLabels: boolean;
};

/**
 * Card names, in their own layer: the zoom level reaches them through a CSS variable on their group only, so a
 * zoom step restyles the few labels shown, not every node.
 */
export const GraphLabels = memo(function GraphLabels({ nodes, visible, lit, allLabels }: LabelProps) {
  const dimming = lit.reason !== 'none';
  return (
    <>
      {nodes.map((n) => {
        const isLit = lit.nodes.has(n.id);
        if (!visible.has(n.id) || !(isLit || allLabels)) return null;
        return (
          <text
            key={n.id}
            className={`graph-label${isLit ? ' is-lit' : dimming ? ' is-dim' : ''}`}
            x={n.x}
            y={n.y - (isLit ? LIT_R : R) * 1.3}
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
