/**
 * Geometry of the graph view, pure so it is tested without a browser. d3-zoom reports its transform in the
 * frame's CSS pixels; the SVG draws in layout units through its view box. These helpers convert between the two.
 */
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import type { GraphLayout } from '../../content/graph-schema';

const PAD = 60;
const MIN_VIEW = 520;

export type ViewBox = { x: number; y: number; w: number; h: number };
/** Where the view box lands in a frame of w × h pixels: scale `s` (pixels per unit) and offset (x, y). */
export type Fit = { s: number; x: number; y: number; w: number; h: number };

/** The view box around the layout; a small graph is not blown up to fill the frame (at least MIN_VIEW units). */
export function viewBoxOf(bounds: GraphLayout['bounds']): ViewBox {
  const w = Math.max(bounds.maxX - bounds.minX + 2 * PAD, MIN_VIEW);
  const h = Math.max(bounds.maxY - bounds.minY + 2 * PAD, MIN_VIEW * 0.6);
  return { x: (bounds.minX + bounds.maxX - w) / 2, y: (bounds.minY + bounds.maxY - h) / 2, w, h };
}

/** The SVG default (`xMidYMid meet`): the whole box fits, centred. */
export function fitView(vb: ViewBox, w: number, h: number): Fit {
  const s = Math.min(w / vb.w, h / vb.h);
  return { s, x: (w - s * vb.w) / 2, y: (h - s * vb.h) / 2, w, h };
}

/** The pixel transform `t` expressed in view-box units, for the SVG group (identity stays identity). */
export function toViewBox(t: ZoomTransform, vb: ViewBox, fit: Fit | undefined): ZoomTransform {
  if (!fit || (t.k === 1 && t.x === 0 && t.y === 0)) return t;
  const round = (v: number) => Math.round(v * 1000) / 1000;
  const gx = vb.x * (1 - t.k) + (fit.x * (t.k - 1) + t.x) / fit.s;
  const gy = vb.y * (1 - t.k) + (fit.y * (t.k - 1) + t.y) / fit.s;
  return zoomIdentity.translate(round(gx), round(gy)).scale(t.k);
}

/**
 * The CSS transform (origin at the top left) that moves a picture drawn at `settled` to where `current` puts it;
 * empty when they match.
 */
export function gestureTransform(current: ZoomTransform, settled: ZoomTransform): string {
  const r = current.k / settled.k;
  const dx = current.x - r * settled.x;
  const dy = current.y - r * settled.y;
  if (Math.abs(r - 1) < 1e-9 && Math.abs(dx) < 1e-6 && Math.abs(dy) < 1e-6) return '';
  return `translate(${dx}px, ${dy}px) scale(${r})`;
}
