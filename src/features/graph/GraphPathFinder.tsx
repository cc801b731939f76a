import { Fragment, memo, startTransition, useEffect, useId, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { getCard } from '../../content/cards';
import { paths } from '../../lib/paths';
import type { GraphCard } from './graph-model';
import type { GraphParams } from './graph-params';

type Props = {
  nodes: readonly GraphCard[];
  from?: string;
  to?: string;
  /** The chain found; null when none connects the two cards; undefined until both are chosen. */
  path: string[] | null | undefined;
  update: (change: Partial<GraphParams>) => void;
};

/**
 * Choose two cards; the shortest chain of links between them is listed here and highlighted in the graph.
 * Memoised, with its options built once: two lists of every card are costly to render again on each hover.
 */
export const GraphPathFinder = memo(function GraphPathFinder({ nodes, from, to, path, update }: Props) {
  const fromId = useId();
  const toId = useId();
  // Two lists of every card are the largest part of the page: they are filled in as a background render once the
  // page is interactive, or at once when the reader reaches for one; until then each shows only its choice.
  const [full, setFull] = useState(false);
  useEffect(() => startTransition(() => setFull(true)), []);
  const fill = () => setFull(true);
  // `nodes` come in title order.
  const options = useMemo(
    () =>
      nodes.map((n) => (
        <option key={n.id} value={n.id}>
          {n.title}
        </option>
      )),
    [nodes],
  );
  const title = (id: string) => getCard(id)?.title ?? id;
  return (
    <section className="graph-path" aria-labelledby={`${fromId}-h`}>
      <h2 id={`${fromId}-h`}>Path between two cards</h2>
      <div className="graph-fields">
        <div className="field">
          <label htmlFor={fromId}>From</label>
          <select id={fromId} value={from ?? ''} onFocus={fill} onPointerDown={fill} onChange={(e) => update({ from: e.target.value || undefined })}>
            <option value="">Choose a card</option>
            {full ? options : options.filter((o) => o.key === from)}
          </select>
        </div>
        <div className="field">
          <label htmlFor={toId}>To</label>
          <select id={toId} value={to ?? ''} onFocus={fill} onPointerDown={fill} onChange={(e) => update({ to: e.target.value || undefined })}>
            <option value="">Choose a card</option>
            {full ? options : options.filter((o) => o.key === to)}
          </select>
        </div>
        {(from || to) && (
          <button type="button" className="button" onClick={() => update({ from: undefined, to: undefined })}>
            Clear path
          </button>
        )}
      </div>
      <div role="status" className="graph-path-result">
        {path === null && (
          <p>
            No chain of links connects {title(from!)} and {title(to!)}.
          </p>
        )}
        {path && path.length === 1 && <p>Both ends are the same card.</p>}
        {path && path.length > 1 && (
          <p>
            {path.length - 1} {path.length === 2 ? 'link' : 'links'}:{' '}
            {path.map((id, i) => (
              <Fragment key={id}>
                {i > 0 && <span aria-hidden="true"> → </span>}
                <Link to={paths.card(id)}>{title(id)}</Link>
              </Fragment>
            ))}
          </p>
        )}
      </div>
    </section>
  );
});
