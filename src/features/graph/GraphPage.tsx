import graph from 'virtual:content/graph';
import { useCallback, useId, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { allCards, allTags, getCard } from '../../content/cards';
import { paths } from '../../lib/paths';
import { usePageTitle } from '../../ui/usePageTitle';
import { GraphCanvas } from './GraphCanvas';
import { GraphControls } from './GraphControls';
import { chainBetween, highlight, placeGraph, searchMatches, visibleIds } from './graph-model';
import { parseGraphParams, writeGraphParams, type GraphParams } from './graph-params';
import { GraphPathFinder } from './GraphPathFinder';
import { GraphTable } from './GraphTable';
import './graph.css';

const isCard = (id: string) => getCard(id) !== undefined;

/** The whole knowledge base as a graph: filter, search, hover, follow a chain between two cards, open a card. */
export function GraphPage() {
  usePageTitle('Graph');
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const captionId = useId();
  const { value: state, ignored } = useMemo(() => parseGraphParams(params, { tags: allTags, isCard }), [params]);
  const [hovered, setHovered] = useState<string>();
  const [centreOn, setCentreOn] = useState<{ id: string; n: number }>();

  const { nodes, edges, adj } = useMemo(() => placeGraph(graph, allCards), []);
  const path = useMemo(() => chainBetween(adj, state.from, state.to), [adj, state.from, state.to]);
  const filtered = useMemo(() => visibleIds(nodes, state), [nodes, state]);
  const visible = useMemo(() => (path ? new Set([...filtered, ...path]) : filtered), [filtered, path]);
  const matches = useMemo(() => searchMatches(nodes, state.q, visible), [nodes, state.q, visible]);
  const lit = useMemo(
    () => highlight(adj, visible, { path: path ?? undefined, focus: hovered, matches }),
    [adj, visible, path, hovered, matches],
  );

  const update = useCallback(
    (change: Partial<GraphParams>) => {
      const next = writeGraphParams({ ...state, ...change });
      // A checkbox or list applies in its own event (flushSync), so a controlled box never flicks back until the
      // URL catches up; typing stays a deferrable update, so keystrokes are not held up by redraws.
      setParams(next, { replace: true, preventScrollReset: true, flushSync: !('q' in change) });
    },
    [state, setParams],
  );
  const onOpen = useCallback((id: string) => navigate(paths.card(id)), [navigate]);
  const show = useCallback((id: string) => {
    setHovered(id);
    setCentreOn((c) => ({ id, n: (c?.n ?? 0) + 1 }));
  }, []);

  return (
    <div className="graph-page">
      <h1>Graph</h1>
      <p className="lead">
        Every card and every link between cards. Shapes and colours show the kind of card. Drag to pan, scroll or
        use the buttons to zoom, point at a card to see its neighbours, and select it to open it.
      </p>
      {ignored.length > 0 && (
        <p className="notice" role="status">
          This link asked for an unknown {ignored.join(' and ')}; that part was ignored.
        </p>
      )}
      <GraphControls
        state={state}
        nodes={nodes}
        visibleCount={visible.size}
        matches={matches}
        update={update}
        onFind={() => matches[0] && show(matches[0])}
      />
      <GraphPathFinder nodes={nodes} from={state.from} to={state.to} path={path} update={update} />
      <p id={captionId} className="graph-caption muted">
        Graph of {visible.size} of {nodes.length} cards and the links between them. The table below lists the same
        cards and links as text.
      </p>
      <GraphCanvas
        bounds={graph.bounds}
        nodes={nodes}
        edges={edges}
        visible={visible}
        lit={lit}
        captionId={captionId}
        centreOn={centreOn}
        onHover={setHovered}
        onOpen={onOpen}
      />
      <GraphTable nodes={nodes} visible={visible} adj={adj} onShow={show} />
    </div>
  );
}
