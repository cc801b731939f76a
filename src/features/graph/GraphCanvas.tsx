import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { useCallback, useEffect, useRef, useState, type CSSProperties } from 'react';
import type { GraphLayout } from '../../content/graph-schema';
import { GraphLabels, GraphLayer, type PlacedNode } from './GraphLayer';
import type { Highlight } from './graph-model';

const PAD = 60;
const MIN_VIEW = 520;
/** Below this many visible cards every name is shown; above it, names appear when zoomed in or lit. */
const ALL_LABELS_MAX = 60;
const LABELS_AT_ZOOM = 2.5;

type Props = {
  bounds: GraphLayout['bounds'];
  nodes: readonly PlacedNode[];
  edges: readonly (readonly [PlacedNode, PlacedNode])[];
  visible: ReadonlySet<string>;
  lit: Highlight;
  captionId: string;
  /** A card to bring into view (e.g. the first search match), with a counter so the same card can be asked twice. */
  centreOn?: { id: string; n: number };
  onHover: (id: string | undefined) => void;
  onOpen: (id: string) => void;
};

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/**
 * The whole graph as SVG, with positions from the build. d3-zoom owns the pan/zoom gesture on the SVG (through a
 * ref, in an effect) and reports a transform; React renders it on one group.
 */
export function GraphCanvas({ bounds, nodes, edges, visible, lit, captionId, centreOn, onHover, onOpen }: Props) {
  const svg = useRef<SVGSVGElement>(null);
  const behaviour = useRef<ZoomBehavior<SVGSVGElement, unknown>>(undefined);
  const [t, setT] = useState<ZoomTransform>(zoomIdentity);
  const [pxPerUnit, setPxPerUnit] = useState(1);
  // A small graph is not blown up to fill the frame: the view spans at least MIN_VIEW units.
  const w = Math.max(bounds.maxX - bounds.minX + 2 * PAD, MIN_VIEW);
  const h = Math.max(bounds.maxY - bounds.minY + 2 * PAD, MIN_VIEW * 0.6);
  const vb = { x: (bounds.minX + bounds.maxX - w) / 2, y: (bounds.minY + bounds.maxY - h) / 2, w, h };

  useEffect(() => {
    const el = svg.current;
    if (!el) return;
    const z = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.5, 12])
      .on('zoom', (e: { transform: ZoomTransform }) => setT(e.transform));
    behaviour.current = z;
    select(el).call(z);
    const measure = () => el.clientWidth && setPxPerUnit(Math.min(el.clientWidth / vb.w, el.clientHeight / vb.h));
    measure();
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(measure);
    observer?.observe(el);
    performance.mark?.('graph-interactive');
    return () => {
      observer?.disconnect();
      select(el).on('.zoom', null);
    };
  }, [vb.w, vb.h]);

  /** Moves to `target`, animated over a few frames unless the reader asked for reduced motion. */
  const go = useCallback((target: ZoomTransform) => {
    const el = svg.current;
    const z = behaviour.current;
    if (!el || !z) return;
    const from = select(el).property('__zoom') as ZoomTransform;
    if (reducedMotion()) return void z.transform(select(el), target);
    const start = performance.now();
    const step = (now: number) => {
      const p = Math.min(1, (now - start) / 250);
      const e = p * (2 - p);
      const k = from.k + (target.k - from.k) * e;
      z.transform(select(el), zoomIdentity.translate(from.x + (target.x - from.x) * e, from.y + (target.y - from.y) * e).scale(k));
      if (p < 1) requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  }, []);

  const zoomBy = (factor: number) => {
    const k = Math.min(12, Math.max(0.5, t.k * factor));
    const cx = vb.x + vb.w / 2;
    const cy = vb.y + vb.h / 2;
    // Keep the point in the middle of the view where it is.
    const [mx, my] = t.invert([cx, cy]);
    go(zoomIdentity.translate(cx - mx * k, cy - my * k).scale(k));
  };

  useEffect(() => {
    const n = centreOn && nodes.find((node) => node.id === centreOn.id);
    if (!n) return;
    const el = svg.current;
    const k = Math.max((el && (select(el).property('__zoom') as ZoomTransform).k) ?? 1, 2);
    go(zoomIdentity.translate(vb.x + vb.w / 2 - n.x * k, vb.y + vb.h / 2 - n.y * k).scale(k));
    // Only a new request moves the view, not a change of layout data.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [centreOn]);

  const allLabels = visible.size <= ALL_LABELS_MAX || t.k >= LABELS_AT_ZOOM;
  // Names and marks keep a readable size on screen whatever the zoom.
  const style = { '--unit': 1 / (pxPerUnit * t.k) } as CSSProperties;
  return (
    <div className="graph-frame">
      <div className="graph-zoom" role="group" aria-label="Zoom">
        <button type="button" className="button" onClick={() => zoomBy(1.6)} aria-label="Zoom in">+</button>
        <button type="button" className="button" onClick={() => zoomBy(1 / 1.6)} aria-label="Zoom out">−</button>
        <button type="button" className="button" onClick={() => go(zoomIdentity)}>Reset view</button>
      </div>
      <svg
        ref={svg}
        className="graph-canvas"
        viewBox={`${vb.x} ${vb.y} ${vb.w} ${vb.h}`}
        role="img"
        aria-labelledby={captionId}
      >
        <g transform={t.toString()} className="graph-zoomed">
          <GraphLayer nodes={nodes} edges={edges} visible={visible} lit={lit} onHover={onHover} onOpen={onOpen} />
          <g style={style}>
            <GraphLabels nodes={nodes} visible={visible} lit={lit} allLabels={allLabels} />
          </g>
        </g>
      </svg>
    </div>
  );
}
