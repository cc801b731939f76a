import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { comparisonData } from '../../content/comparison';
import { AddToDeck } from '../../ui/AddToDeck';
import { Citation } from '../../ui/Citation';
import { usePageTitle } from '../../ui/usePageTitle';
import { CompareTable, MilestoneTable } from './CompareTable';
import { ExportBar } from './ExportBar';
import { MatrixLegend } from './Legends';
import { MatrixChart } from './MatrixChart';
import { CountryPicker, DimensionPicker } from './Pickers';
import { shortCitation } from './SourceRefs';
import { shownSources, sortRows, SORT_COLUMNS, valueRows } from './shown-data';
import { TimelineChart, TimelineLegend } from './TimelineChart';
import { useFullscreen } from './useFullscreen';
import {
  moveCountry,
  parseCompareParams,
  serializeCompareState,
  toggleCountry,
  toggleDimension,
  VIEW_LABELS,
  type CompareState,
  type MilestoneSelection,
  type Selection,
  type Universe,
} from './url-state';
import { ValueDetails, type DetailsTarget } from './ValueDetails';
import { PANEL_ID, tabId, ViewTabs } from './ViewTabs';
import './compare.css';

const DATA = comparisonData;
const UNIVERSE: Universe = {
  countries: DATA.countries.map((c) => c.id),
  dimensions: DATA.dimensions.map((d) => d.id),
  sortColumns: SORT_COLUMNS,
  milestones: Object.fromEntries(DATA.countries.map((c) => [c.id, c.milestones.length])),
};
const COUNTRY = new Map(DATA.countries.map((c) => [c.id, c]));
const DIMENSION = new Map(DATA.dimensions.map((d) => [d.id, d]));
const SOURCE = new Map(DATA.sources.map((s) => [s.id, s]));
const sourceOf = (id: string) => SOURCE.get(id);
export const TITLE = 'Open Dialogue in four countries, compared';

/** The comparison explorer: pickers, view tabs, the chosen view, details on focus, export and full screen. */
/** `embed`: framed in a deck's slide, showing the chart only (the state comes from the URL). */
export function CompareExplorer({ embed = false }: { embed?: boolean }) {
  usePageTitle('Compare');
  const { search, hash } = useLocation();
  const navigate = useNavigate();
  const { state, notices } = useMemo(() => parseCompareParams(search, UNIVERSE), [search]);
  const [hover, setHover] = useState<Selection>();
  const [hoverPoint, setHoverPoint] = useState<MilestoneSelection>();
  const [milestonesOpen, setMilestonesOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const chartBox = useRef<HTMLDivElement>(null);
  const fullscreen = useFullscreen(root);

  // A source reference (`?view=sources#source-<id>`) lands on its citation, with focus for keyboard readers.
  useEffect(() => {
    if (!hash.startsWith('#source-')) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    target?.scrollIntoView({ block: 'center' });
    target?.focus({ preventScroll: true });
  }, [hash, search]);

  const update = useCallback(
    (next: Partial<CompareState>, replace = false) => {
      // navigate, not setSearchParams: the latter would escape the commas and colons kept readable for sharing.
      const query = serializeCompareState({ ...state, ...next }, UNIVERSE);
      // flushSync: the chart redraws in the click's own task, not in time slices spread over several frames.
      navigate({ search: query ? `?${query}` : '' }, { replace, preventScrollReset: true, flushSync: true });
    },
    [state, navigate],
  );
  const countries = useMemo(() => state.countries.map((id) => COUNTRY.get(id)!), [state.countries]);
  const dimensions = useMemo(() => state.dimensions.map((id) => DIMENSION.get(id)!), [state.dimensions]);
  const peerDimensions = useMemo(() => dimensions.filter((d) => d.group === 'peer'), [dimensions]);
  const rows = useMemo(() => valueRows(state.view === 'peers' ? peerDimensions : dimensions, countries), [state.view, peerDimensions, dimensions, countries]);
  // Only the Sources view lists them; exports compute them when asked.
  const sources = useMemo(() => (state.view === 'sources' ? shownSources(DATA, dimensions, countries, true) : []), [state.view, dimensions, countries]);
  const sourceHref = useCallback((id: string) => `?${serializeCompareState({ ...state, view: 'sources', selection: undefined, milestone: undefined }, UNIVERSE)}#source-${id}`, [state]);

  // Focus writes the selection into the URL (replacing, so Back is not flooded); hover only shows details.
  const onFocusCell = useCallback(
    (s: Selection) => {
      setHover(undefined);
      if (s.country !== state.selection?.country || s.dimension !== state.selection?.dimension) update({ selection: s }, true);
    },
    [state.selection, update],
  );
  const onFocusPoint = useCallback(
    (m: MilestoneSelection) => {
      setHoverPoint(undefined);
      if (m.country !== state.milestone?.country || m.index !== state.milestone?.index) update({ milestone: m }, true);
    },
    [state.milestone, update],
  );
  const shown = hover ?? state.selection;
  const shownPoint = hoverPoint ?? state.milestone;
  const pointCountry = shownPoint && COUNTRY.get(shownPoint.country);
  const details: DetailsTarget | undefined =
    state.view === 'timeline'
      ? pointCountry && { kind: 'milestone', country: pointCountry, milestone: pointCountry.milestones[shownPoint.index] }
      : shown && COUNTRY.has(shown.country) && DIMENSION.has(shown.dimension)
        ? { kind: 'cell', country: COUNTRY.get(shown.country)!, dimension: DIMENSION.get(shown.dimension)! }
        : undefined;
  const title = `${TITLE}: ${VIEW_LABELS[state.view]}`;
  const isChart = state.view === 'matrix' || state.view === 'peers' || state.view === 'timeline';

  return (
    <div ref={root} className={`compare-explorer${embed ? ' is-embed' : ''}${fullscreen.active ? ' is-fullscreen' : ''}${fullscreen.fallback ? ' is-fullscreen-fallback' : ''}`}>
      <header className="compare-header">
        <h1>{TITLE}</h1>
        <p className="lead">
          How the United Kingdom, the Czech Republic, the Netherlands and Estonia implement Open Dialogue, after the
          webinar "Open Dialogue: experience from 4 countries". Every value says how sure it is and where it comes from;
          "not documented" means the sources read do not say, never a guess.
        </p>
      </header>
      <div role="status" aria-live="polite" className="compare-notices">
        {notices.length > 0 && (
          <div className="notice">
            <p className="notice-title">Parts of this link could not be used:</p>
            <ul>
              {notices.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
      <div className="compare-controls">
        <CountryPicker
          all={DATA.countries}
          chosen={state.countries}
          onToggle={(id) => update({ countries: toggleCountry(state.countries, id, UNIVERSE.countries), selection: undefined, milestone: undefined })}
          onMove={(id, by) => update({ countries: moveCountry(state.countries, id, by) })}
        />
        <DimensionPicker
          all={DATA.dimensions}
          chosen={state.dimensions}
          onToggle={(id) => update({ dimensions: toggleDimension(state.dimensions, id, UNIVERSE.dimensions), selection: undefined })}
          onAll={() => update({ dimensions: [...UNIVERSE.dimensions] })}
        />
        <ExportBar
          view={state.view}
          isChart={isChart}
          chart={() => chartBox.current?.querySelector<SVGSVGElement>('svg.compare-chart') ?? null}
          frame={() => ({
            title,
            subtitle: `${countries.map((c) => c.name).join(', ')}. Solid outline: documented; dashed: reported by a webinar speaker; hatched: not documented.`,
            sourcesLine: `Sources: ${shownSources(DATA, dimensions, countries, true).map(shortCitation).join('; ')}`,
            link: window.location.href,
          })}
          rows={rows}
          countries={countries}
          fullscreen={fullscreen}
        />
        {!embed && (
          <AddToDeck choices={[{ label: 'This view', slide: { kind: 'compare', title: `${VIEW_LABELS[state.view]}: ${countries.map((c) => c.name).join(', ')}`, query: serializeCompareState(state, UNIVERSE) } }]} />
        )}
      </div>
      <ViewTabs view={state.view} onChange={(view) => update({ view })} />
      <section id={PANEL_ID} role="tabpanel" aria-labelledby={tabId(state.view)} className={`compare-panel view-${state.view}`}>
        {(state.view === 'matrix' || state.view === 'peers') && (
          <>
            <MatrixLegend />
            <div className="chart-and-details">
              <div className="chart-scroll" ref={chartBox}>
                {state.view === 'peers' && peerDimensions.length === 0 ? (
                  <p className="notice">No peer-worker dimension is chosen; tick one under Dimensions.</p>
                ) : (
                  <MatrixChart
                    title={title}
                    dimensions={state.view === 'peers' ? peerDimensions : dimensions}
                    countries={countries}
                    frameColumns={DATA.countries.length}
                    active={state.selection}
                    onFocusCell={onFocusCell}
                    onHoverCell={setHover}
                  />
                )}
              </div>
              <ValueDetails target={details} sourceOf={sourceOf} sourceHref={sourceHref} />
            </div>
            <p className="muted chart-alt-note">The same values, with full text, are in the Table view.</p>
          </>
        )}
        {state.view === 'timeline' && (
          <>
            <TimelineLegend />
            <div className="chart-and-details">
              <div className="chart-scroll" ref={chartBox}>
                <TimelineChart
                  title={title}
                  countries={countries}
                  width={960}
                  active={state.milestone}
                  onFocusPoint={onFocusPoint}
                  onHoverPoint={setHoverPoint}
                />
              </div>
              <ValueDetails target={details} sourceOf={sourceOf} sourceHref={sourceHref} />
            </div>
            <details className="milestone-table" open={milestonesOpen} onToggle={(e) => setMilestonesOpen(e.currentTarget.open)}>
              <summary>The milestones as a table</summary>
              {/* Rendered only when open: the chart stays quick to redraw while countries are toggled. */}
              {milestonesOpen && <MilestoneTable countries={countries} sourceOf={sourceOf} sourceHref={sourceHref} />}
            </details>
          </>
        )}
        {state.view === 'table' && (
          <CompareTable
            rows={sortRows(rows, state.sort)}
            sort={state.sort}
            onSort={(column) => update({ sort: { column, descending: state.sort?.column === column && !state.sort.descending } })}
            sourceOf={sourceOf}
            sourceHref={sourceHref}
          />
        )}
        {state.view === 'sources' && (
          <>
            <p>
              {sources.length} sources back the values and milestones shown. A value "reported by a webinar speaker" rests on the
              speakers' introductions on the webinar page (2022).
            </p>
            <ol className="compare-sources">
              {sources.map((s) => (
                <li key={s.id} id={`source-${s.id}`} tabIndex={-1}>
                  <Citation source={s} />
                </li>
              ))}
            </ol>
          </>
        )}
      </section>
    </div>
  );
}
