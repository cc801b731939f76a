import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { cardGraph } from '../../content/card-graph';
import { getCard } from '../../content/cards';
import { KIND_LABELS } from '../../content/vocabulary';
import type { CardKind } from '../../content/schema';
import { paths } from '../../lib/paths';
import { KindIcon, KindMark } from '../../ui/KindMark';
import { CardLink } from './CardLink';
import { localGraphLayout, namedOnRing, type LocalNode } from './local-graph-layout';
import './local-graph.css';

const PAD_X = 170;
const PAD_Y = 40;

const titleOf = (id: string) => getCard(id)?.title ?? id;
const short = (s: string) => (s.length > 26 ? `${s.slice(0, 24).trimEnd()}…` : s);

/** A small graph of the card and its neighbours (one step, two on request), with the same as a list. */
export function LocalGraph({ id }: { id: string }) {
  const [hops, setHops] = useState<1 | 2>(1);
  const [hovered, setHovered] = useState<string>();
  const svg = useRef<SVGSVGElement>(null);
  const navigate = useNavigate();
  const captionId = useId();
  const layout = useMemo(() => localGraphLayout(cardGraph().adj, id, hops, titleOf), [id, hops]);
  const w = 2 * (layout.radius + PAD_X);
  const h = 2 * (layout.radius + PAD_Y);

  // Labels keep a readable size whatever the width the graph is drawn at: the stylesheet scales them by --unit
  // (SVG units per CSS pixel). Set here, not rendered, so a resize does not re-render the graph.
  useEffect(() => {
    const el = svg.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => el.clientWidth && el.style.setProperty('--unit', String(w / el.clientWidth)));
    observer.observe(el);
    return () => observer.disconnect();
  }, [w]);

  if (layout.nodes.length === 1) return null;
  const pos = new Map(layout.nodes.map((n) => [n.id, n]));
  const touches = ([a, b]: readonly [string, string]) => hovered !== undefined && (a === hovered || b === hovered);
  // All the edges as one path (two while a card is hovered: its own are lit): a hub's 200 lines would be most of
  // its page's elements.
  const edgePath = (edges: typeof layout.edges) =>
    edges.map(([a, b]) => `M${pos.get(a)!.x} ${pos.get(a)!.y}L${pos.get(b)!.x} ${pos.get(b)!.y}`).join('');
  const lit = layout.edges.filter(touches);
  const named = namedOnRing(layout, w, (nid) => short(titleOf(nid)), (nid) => cardGraph().adj.get(nid)?.length ?? 0);
  const kinds = [...new Set(layout.nodes.map((n) => getCard(n.id)!.kind))] as CardKind[];
  const neighbours = layout.nodes.filter((n) => n.hop === 1).length;
  const further = layout.nodes.length - 1 - neighbours;

  // The ring names what fits without overlapping (and, on narrow screens, nothing: the list takes the picture's
  // place there); other cards are named on hover.
  const label = (n: LocalNode) => {
    if (n.hop > 0 && !named.has(n.id) && n.id !== hovered) return null;
    const right = Math.cos(n.angle) >= -0.01;
    const centre = n.hop === 0;
    return (
      <text
        dx={centre ? 0 : right ? '1em' : '-1em'}
        dy={centre ? '-1.25em' : '0.35em'}
        textAnchor={centre ? 'middle' : right ? 'start' : 'end'}
        className={centre ? 'local-graph-label is-centre' : 'local-graph-label'}
      >
        {centre ? getCard(n.id)!.title : short(getCard(n.id)!.title)}
      </text>
    );
  };

  return (
    <section aria-labelledby="local-graph-heading" className="card-section local-graph">
      <div className="local-graph-head">
        <h2 id="local-graph-heading">Connections</h2>
        <button type="button" className="button" aria-pressed={hops === 2} onClick={() => setHops(hops === 1 ? 2 : 1)}>
          Show two steps
        </button>
      </div>
      <p id={captionId} className="muted local-graph-caption">
        {getCard(id)!.title} links with {neighbours} {neighbours === 1 ? 'card' : 'cards'}
        {hops === 2 ? ` and, one step further, ${further} more` : ''}.
        <span className="local-graph-hint"> Select a shape to open its card.</span>
      </p>
      <svg
        ref={svg}
        viewBox={`${-w / 2} ${-h / 2} ${w} ${h}`}
        role="img"
        aria-labelledby={captionId}
        className="local-graph-svg"
        onPointerLeave={() => setHovered(undefined)}
      >
        <g className="local-graph-edges">
          <path d={edgePath(layout.edges.filter((e) => !touches(e)))} className={hovered ? 'is-dim' : undefined} />
          {lit.length > 0 && <path d={edgePath(lit)} className="is-lit" />}
        </g>
        {layout.nodes.map((n) => (
          <g
            key={n.id}
            transform={`translate(${n.x},${n.y})`}
            className={`local-graph-node hop-${n.hop}${n.id === hovered ? ' is-hovered' : ''}`}
            data-card={n.id}
            onPointerEnter={() => setHovered(n.id)}
            onClick={() => n.hop > 0 && navigate(paths.card(n.id))}
          >
            <KindMark kind={getCard(n.id)!.kind} r={n.hop === 0 ? 14 : n.hop === 1 ? 10 : 7} />
            {label(n)}
          </g>
        ))}
      </svg>
      <ul className="kind-legend" aria-label="Shapes">
        {kinds.map((k) => (
          <li key={k}>
            <KindIcon kind={k} /> {KIND_LABELS[k].one}
          </li>
        ))}
      </ul>
      {/* One list, two ways: behind a switch beside the picture, and in its place on a phone, where a ring of
          small shapes cannot be tapped (local-graph.css). A checkbox, not state: it works before the app runs. */}
      <label className="local-graph-toggle">
        <input type="checkbox" /> Show the connections as a list
      </label>
      <div className="local-graph-list">
        <ul aria-label="Connections as a list">
          {layout.nodes.filter((n) => n.hop > 0).map((n) => (
            <li key={n.id}>
              {/* Plain text beside the link, no wrapper: a hub lists 50 of these, and each element counts. */}
              <CardLink id={n.id}>{titleOf(n.id)}</CardLink> ({KIND_LABELS[getCard(n.id)!.kind].one}
              {n.hop === 2 ? ', two steps away' : ''}) — linked with{' '}
              {cardGraph().adj.get(n.id)!.filter((m) => pos.has(m)).map(titleOf).join(', ')}
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
