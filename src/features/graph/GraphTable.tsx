import { memo, useState } from 'react';
import { Link } from 'react-router';
import { getCard } from '../../content/cards';
import { KIND_LABELS } from '../../content/vocabulary';
import type { Adjacency } from '../../lib/graph';
import { paths } from '../../lib/paths';
import type { GraphCard } from './graph-model';

type Props = {
  nodes: readonly GraphCard[];
  visible: ReadonlySet<string>;
  adj: Adjacency;
  /** Highlight a card and its neighbours in the graph and bring it into view. */
  onShow: (id: string) => void;
};

/**
 * The graph as a table (the accessible alternative to the picture): each shown card, its kind and the cards it
 * links with. Built only when opened, so a large graph does not pay for it on load (nor on each hover: memoised).
 */
export const GraphTable = memo(function GraphTable({ nodes, visible, adj, onShow }: Props) {
  const [open, setOpen] = useState(false);
  // `nodes` come in title order.
  const rows = open ? nodes.filter((n) => visible.has(n.id)) : [];
  return (
    <details className="graph-table" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>The graph as a table ({visible.size} cards)</summary>
      {open && (
        <table>
          <caption className="muted">Cards shown in the graph, with the cards each one links with.</caption>
          <thead>
            <tr>
              <th scope="col">Card</th>
              <th scope="col">Kind</th>
              <th scope="col">Links with</th>
              <th scope="col">In the graph</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((n) => {
              const near = (adj.get(n.id) ?? []).filter((m) => visible.has(m));
              return (
                <tr key={n.id}>
                  <th scope="row">
                    <Link to={paths.card(n.id)}>{n.title}</Link>
                  </th>
                  <td>{KIND_LABELS[n.kind].one}</td>
                  <td>{near.length ? near.map((m) => getCard(m)?.title ?? m).join(', ') : <span className="muted">none</span>}</td>
                  <td>
                    <button type="button" className="button" onClick={() => onShow(n.id)} aria-label={`Highlight ${n.title} in the graph`}>
                      Highlight
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </details>
  );
});
