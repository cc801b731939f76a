import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { GraphLayout } from '../../content/graph-schema';
import { GraphLabels, GraphLayer } from './GraphLayer';
import type { Highlight, PlacedNode } from './graph-model';
import { fitView, gestureTransform, toViewBox, viewBoxOf, type Fit } from './view-transform';

/** Below this many visible cards every name is shown; above it, names appear when zoomed in or lit. */
const ALL_LABELS_MAX = 60;
const LABELS_AT_ZOOM = 2.5;
const SCALE_EXTENT: [number, number] = [0.5, 12];

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
 * The whole graph as SVG, with positions from the build. d3-zoom owns the pan/zoom gesture on a still frame and
 * reports a transform in screen pixels. While a gesture runs, that transform only moves the SVG as a composited
 * layer (a CSS transform set through a ref: no React render, no re-raster of a thousand marks per frame); when the
 * gesture ends, React renders the settled transform into the SVG once, so the picture is crisp again.
 */
export function GraphCanvas({ bounds, nodes, edges, visible, lit, captionId, centreOn, onHover, onOpen }: Props) {
  const frame = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const behaviour = useRef<ZoomBehavior<HTMLDivElement, unknown>>(undefined);
  const gesturing = useRef(false);
  const animation = useRef(0);
  const [settled, setSettled] = useState<ZoomTransform>(zoomIdentity);
  const settledRef = useRef(settled);
  const [fit, setFit] = useState<Fit>();
  const vb = useMemo(() => viewBoxOf(bounds), [bounds]);

  /** The frame's size and how the view box sits in it, read when needed (the frame may have been resized). */
  const measure = useCallback((): Fit | undefined => {
    const el = frame.current;
    return el && el.clientWidth ? fitView(vb, el.clientWidth, el.clientHeight) : undefined;
  }, [vb]);

  // The layer follows d3's transform relative to the settled one; none once React has drawn the settled view.
  useLayoutEffect(() => {
    settledRef.current = settled;
    const el = frame.current;
    if (el && svg.current) svg.current.style.transform = gestureTransform(zoomTransform(el), settled);
  }, [settled]);

  // A layout effect: zoom is attached in the same task as the (hydration) commit, not in a later one that other
  // work (e.g. the service worker's registration) can get ahead of.
  useLayoutEffect(() => {
    const el = frame.current;
    if (!el) return;
    let pending = 0;
    const z = zoom<HTMLDivElement, unknown>()
      .scaleExtent(SCALE_EXTENT)
      .on('start', (e: { sourceEvent: Event | null }) => {
        gesturing.current = true;
        // A reader's own gesture wins over an animated move.
        if (e.sourceEvent) cancelAnimationFrame(animation.current);
      })
      .on('zoom', (e: { transform: ZoomTransform }) => {
        // Several wheel or pointer events can arrive in one frame: apply the latest, once per frame.
        cancelAnimationFrame(pending);
        pending = requestAnimationFrame(() => {
          if (svg.current) svg.current.style.transform = gestureTransform(e.transform, settledRef.current);
        });
      })
      .on('end', (e: { transform: ZoomTransform }) => {
        gesturing.current = false;
        if (animation.current) return;
        cancelAnimationFrame(pending);
        setSettled(e.transform);
      });
    behaviour.current = z;
    select(el).call(z);
    const resize = () => setFit(measure());
    resize();
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(resize);
    observer?.observe(el);
    performance.mark?.('graph-interactive');
    return () => {
      observer?.disconnect();
      cancelAnimationFrame(pending);
      select(el).on('.zoom', null);
    };
  }, [measure]);

  /** Moves to `target`, animated over a few frames unless the reader asked for reduced motion. */
  const go = useCallback((target: ZoomTransform) => {
    const el = frame.current;
    const z = behaviour.current;
    if (!el || !z) return;
    cancelAnimationFrame(animation.current);
    animation.current = 0;
    if (reducedMotion()) return void z.transform(select(el), target);
    const from = zoomTransform(el);
    const start = performance.now();
    const step = (now: number) => {
      const p = Math.min(1, (now - start) / 250);
      const e = p * (2 - p);
      const k = from.k + (target.k - from.k) * e;
      // Only the last step settles (the `end` handler skips while an animation is running).
      animation.current = p < 1 ? requestAnimationFrame(step) : 0;
      z.transform(select(el), zoomIdentity.translate(from.x + (target.x - from.x) * e, from.y + (target.y - from.y) * e).scale(k));
    };
    animation.current = requestAnimationFrame(step);
  }, []);

  const zoomBy = (factor: number) => {
    const el = frame.current;
    if (!el) return;
    const t = zoomTransform(el);
    const k = Math.min(SCALE_EXTENT[1], Math.max(SCALE_EXTENT[0], t.k * factor));
    // Keep the point in the middle of the view where it is.
    const [cx, cy] = [el.clientWidth / 2, el.clientHeight / 2];
    const [mx, my] = t.invert([cx, cy]);
    go(zoomIdentity.translate(cx - mx * k, cy - my * k).scale(k));
  };

  useEffect(() => {
    const n = centreOn && nodes.find((node) => node.id === centreOn.id);
    const el = frame.current;
    const at = measure();
    if (!n || !el || !at) return;
    const k = Math.max(zoomTransform(el).k, 2);
    const [px, py] = [at.x + at.s * (n.x - vb.x), at.y + at.s * (n.y - vb.y)];
    go(zoomIdentity.translate(at.w / 2 - px * k, at.h / 2 - py * k).scale(k));
    // Only a new request moves the view, not a change of layout data.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [centreOn]);

  // Hovering while dragging would re-render the page for every mark the pointer crosses.
  const hover = useCallback((id: string | undefined) => !gesturing.current && onHover(id), [onHover]);

  const allLabels = visible.size <= ALL_LABELS_MAX || settled.k >= LABELS_AT_ZOOM;
  // Names keep a readable size on screen whatever the zoom.
  const unit = 1 / ((fit?.s ?? 1) * settled.k);
  // Set through the CSSOM, not a style attribute: the prerendered HTML must carry none (the CSP blocks inline styles).
  const labels = useRef<SVGGElement>(null);
  useLayoutEffect(() => labels.current?.style.setProperty('--unit', String(unit)), [unit]);
  return (
    <div className="graph-frame">
      <div className="graph-zoom" role="group" aria-label="Zoom">
        <button type="button" className="button" onClick={() => zoomBy(1.6)} aria-label="Zoom in">+</button>
        <button type="button" className="button" onClick={() => zoomBy(1 / 1.6)} aria-label="Zoom out">−</button>
        <button type="button" className="button" onClick={() => go(zoomIdentity)}>Reset view</button>
      </div>
      <div ref={frame} className="graph-viewport">
        <svg ref={svg} className="graph-canvas" viewBox={`${vb.x} ${vb.y} ${vb.w} ${vb.h}`} role="img" aria-labelledby={captionId}>
          <g transform={toViewBox(settled, vb, fit).toString()} className="graph-zoomed">
            <GraphLayer nodes={nodes} edges={edges} visible={visible} lit={lit} onHover={hover} onOpen={onOpen} />
            <g ref={labels}>
              <GraphLabels nodes={nodes} edges={edges} visible={visible} lit={lit} allLabels={allLabels} unit={unit} />
            </g>
          </g>
        </svg>
      </div>
    </div>
  );
}
