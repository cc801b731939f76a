import { zoomIdentity } from 'd3-zoom';
import { describe, expect, it } from 'vitest';
import { fitView, gestureTransform, toViewBox, viewBoxOf } from '../../src/features/graph/view-transform';

const vb = viewBoxOf({ minX: -400, minY: -200, maxX: 600, maxY: 300 });
/** Where a layout point lands on screen: the group's transform, then the view box fitted to the frame. */
const onScreen = (g: { k: number; x: number; y: number }, fit: ReturnType<typeof fitView>, [x, y]: [number, number]) => [
  fit.x + fit.s * (g.k * x + g.x - vb.x),
  fit.y + fit.s * (g.k * y + g.y - vb.y),
];

describe('graph view geometry', () => {
  it('frames the layout with a margin, and never blows a tiny graph up', () => {
    expect(vb).toEqual({ x: -460, y: -260, w: 1120, h: 620 });
    expect(viewBoxOf({ minX: 0, minY: 0, maxX: 10, maxY: 10 })).toMatchObject({ w: 520, h: 312 });
  });

  it('puts every card where d3-zoom’s pixel transform says, in frames of any shape', () => {
    for (const [w, h] of [[1280, 700], [400, 900]]) {
      const fit = fitView(vb, w, h);
      const t = zoomIdentity.translate(-300, 120).scale(3);
      const g = toViewBox(t, vb, fit);
      for (const p of [[0, 0], [600, 300], [-400, -200]] as [number, number][]) {
        const [sx, sy] = onScreen(zoomIdentity, fit, p);
        const [ex, ey] = t.apply([sx, sy]);
        const [gx, gy] = onScreen(g, fit, p);
        expect(gx).toBeCloseTo(ex, 1);
        expect(gy).toBeCloseTo(ey, 1);
      }
    }
    expect(toViewBox(zoomIdentity, vb, fitView(vb, 800, 600)).toString()).toBe('translate(0,0) scale(1)');
  });

  it('moves the drawn picture by the difference between the gesture and the settled view, nothing once they match', () => {
    const settled = zoomIdentity.translate(50, 20).scale(2);
    const now = zoomIdentity.translate(-10, 40).scale(3);
    expect(gestureTransform(settled, settled)).toBe('');
    const css = gestureTransform(now, settled);
    const [, dx, dy, r] = /translate\((.+)px, (.+)px\) scale\((.+)\)/.exec(css)!.map(Number);
    // A point drawn at the settled view, moved by the CSS transform, lands where the current view puts it.
    const [px, py] = settled.apply([100, 70]);
    const [cx, cy] = now.apply([100, 70]);
    expect(dx + r * px).toBeCloseTo(cx, 6);
    expect(dy + r * py).toBeCloseTo(cy, 6);
  });
});
