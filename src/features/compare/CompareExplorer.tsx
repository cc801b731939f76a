import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { comparisonData } from '../../content/comparison';
import { AddToDeck } from '../../ui/AddToDeck';
import { Citation } from '../../ui/Citation';
import { usePageTitle } from '../../ui/usePageTitle';
import { CompareTable, MilestoneTable } from './CompareTable';
import { siteLink } from './export';
import { exportCaption, exportMatrix, exportTimeline } from './export-charts';
import { formatToday, frameSvg, measureFrame } from './export-frame';
import { ExportBar } from './ExportBar';
import { useBoxWidth, useFitToWindow, useMediaQuery } from './layout-hooks';
import { MatrixLegend, TimelineLegend } from './Legends';
import { MatrixChart } from './MatrixChart';
import { matrixGrid } from './matrix-layout';
import { CountryPicker, DimensionPicker } from './Pickers';
import { shortCitation } from './SourceRefs';
import { encodingsShown, milestonesCsv, shownSources, sortRows, SORT_COLUMNS, valueRows, valuesCsv } from './shown-data';
import { TimelineChart } from './TimelineChart';
import { TIMELINE_MIN_WIDTH } from './timeline-layout';
import { useFullscreen } from './useFullscreen';
import {
  moveCountry,
  parseCompareParams,
  serializeCompareState,
  shownColumns,
  toggleCountry,
  toggleDimension,
  VIEW_LABELS,
  type CompareState,
  type MilestoneSelection,
  type Selection,
  type Universe,
  type View,
} from './url-state';
import { ValueDetails, type DetailsTarget } from './ValueDetails';
import { PANEL_ID, tabId, ViewTabs } from './ViewTabs';
import './compare.css';

const DATA = comparisonData;
const REFERENCE = DATA.reference;
const UNIVERSE: Universe = {
  countries: DATA.countries.map((c) => c.id),
  dimensions: DATA.dimensions.map((d) => d.id),
  sortColumns: SORT_COLUMNS,
  milestones: Object.fromEntries([...DATA.countries, ...(REFERENCE ? [REFERENCE] : [])].map((c) => [c.id, c.milestones.length])),
  reference: REFERENCE?.id,
};
const COUNTRY = new Map([...DATA.countries, ...(REFERENCE ? [REFERENCE] : [])].map((c) => [c.id, c]));
const DIMENSION = new Map(DATA.dimensions.map((d) => [d.id, d]));
const SOURCE = new Map(DATA.sources.map((s) => [s.id, s]));
const sourceOf = (id: string) => SOURCE.get(id);
export const TITLE = 'Open Dialogue in four countries, compared';
/** Phones: the grid stacks and the details go under the selected cell (the stylesheet uses the same width). */
const PHONE = '(max-width: 40rem)';

/** A hover belongs to the view it happened in: switching views never shows another view's details. */
type Hover<T> = { view: View; at: T };

/** The comparison explorer: pickers, view tabs, the chosen view, details on focus, export and full screen. */
/** `embed`: framed in a deck's slide, showing the chart only (the state comes from the URL). */
export function CompareExplorer({ embed = false }: { embed?: boolean }) {
  usePageTitle('Compare');
  const { search, hash, pathname } = useLocation();
  const navigate = useNavigate();
  const { state, notices } = useMemo(() => parseCompareParams(search, UNIVERSE), [search]);
  const [hover, setHover] = useState<Hover<Selection>>();
  const [hoverPoint, setHoverPoint] = useState<Hover<MilestoneSelection>>();
  const [milestonesOpen, setMilestonesOpen] = useState(false);
  const [controlsOpen, setControlsOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const [chartBox, boxWidth] = useBoxWidth();
  const phone = useMediaQuery(PHONE);
  const fullscreen = useFullscreen(root);
  useFitToWindow(embed);
  // The print footer's link and date: known only in the browser (the prerendered page has no date of reading).
  const [printed, setPrinted] = useState<{ link: string; date: string }>();
  useEffect(() => setPrinted({ link: siteLink(pathname.replace(/embed\/compare$/, 'compare') + search), date: formatToday() }), [pathname, search]);

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
  const columnIds = shownColumns(state, UNIVERSE);
  // Keyed by the ids, so the array (and every memoised cell) stays the same between renders of the same columns.
  const columnKey = columnIds.join(',');
  const countries = useMemo(() => columnKey.split(',').map((id) => COUNTRY.get(id)!), [columnKey]);
  const dimensions = useMemo(() => state.dimensions.map((id) => DIMENSION.get(id)!), [state.dimensions]);
  const peerDimensions = useMemo(() => dimensions.filter((d) => d.group === 'peer'), [dimensions]);
  const viewDimensions = state.view === 'peers' ? peerDimensions : dimensions;
  const rows = useMemo(() => valueRows(viewDimensions, countries), [viewDimensions, countries]);
  // Only the Sources view lists them; exports compute them when asked.
  const sources = useMemo(() => (state.view === 'sources' ? shownSources(DATA, dimensions, countries, true) : []), [state.view, dimensions, countries]);
  const sourceHref = useCallback((id: string) => `?${serializeCompareState({ ...state, view: 'sources', selection: undefined, milestone: undefined }, UNIVERSE)}#source-${id}`, [state]);
  const referenceId = state.origin ? REFERENCE?.id : undefined;

  // Focus and a tap write the selection into the URL (replacing, so Back is not flooded); hover only shows details.
  const onFocusCell = useCallback(
    (s: Selection) => {
      setHover(undefined);
      if (s.country !== state.selection?.country || s.dimension !== state.selection?.dimension) update({ selection: s }, true);
    },
    [state.selection, update],
  );
  const view = state.view;
  const onHoverCell = useCallback((s: Selection | undefined) => setHover(s && { view, at: s }), [view]);
  const onFocusPoint = useCallback(
    (m: MilestoneSelection) => {
      setHoverPoint(undefined);
      if (m.country !== state.milestone?.country || m.index !== state.milestone?.index) update({ milestone: m }, true);
    },
    [state.milestone, update],
  );
  const onHoverPoint = useCallback((m: MilestoneSelection | undefined) => setHoverPoint(m && { view, at: m }), [view]);

  // Details only of what this view shows: a hover or selection from another view (or a removed row) shows nothing.
  const cell = (hover?.view === view ? hover.at : undefined) ?? state.selection;
  const point = (hoverPoint?.view === view ? hoverPoint.at : undefined) ?? state.milestone;
  const pointCountry = point && columnIds.includes(point.country) ? COUNTRY.get(point.country) : undefined;
  const cellShown = cell && columnIds.includes(cell.country) && viewDimensions.some((d) => d.id === cell.dimension);
  const details: DetailsTarget | undefined =
    view === 'timeline'
      ? pointCountry && pointCountry.milestones[point!.index] && { kind: 'milestone', country: pointCountry, milestone: pointCountry.milestones[point!.index] }
      : cellShown
        ? { kind: 'cell', country: COUNTRY.get(cell.country)!, dimension: DIMENSION.get(cell.dimension)!, reference: referenceId && cell.country !== referenceId ? REFERENCE : undefined }
        : undefined;
  const title = `${TITLE}: ${VIEW_LABELS[view]}`;
  const grid = boxWidth ? matrixGrid(boxWidth, countries.length) : undefined;

  const slide = (): string => {
    const text = {
      title,
      caption: exportCaption({ view: view as 'matrix' | 'peers' | 'timeline', dimensions: viewDimensions, countries, referenceId }),
      sources: `Sources: ${shownSources(DATA, view === 'timeline' ? [] : viewDimensions, countries, view === 'timeline').map((s) => shortCitation(s, true)).join('; ')}.`,
      date: `Made ${formatToday()}`,
      link: siteLink(pathname + search),
    };
    const box = measureFrame(text).chart;
    const chart = view === 'timeline' ? exportTimeline(countries, box) : exportMatrix({ dimensions: viewDimensions, countries, referenceId }, box);
    return frameSvg(text, chart);
  };
  const isChart = view === 'matrix' || view === 'peers' || view === 'timeline';
  const details$ = (kind: 'cell' | 'milestone') => <ValueDetails target={details} kind={kind} sourceOf={sourceOf} sourceHref={sourceHref} />;

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
      <button type="button" className="button controls-toggle" aria-expanded={controlsOpen} aria-controls="compare-controls" onClick={() => setControlsOpen(!controlsOpen)}>
        {controlsOpen ? 'Hide' : 'Choose'} countries, dimensions and downloads
      </button>
      <div id="compare-controls" className={`compare-controls${controlsOpen ? ' is-open' : ''}`}>
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
          view={view}
          image={isChart ? slide : undefined}
          csv={() => (view === 'timeline' ? milestonesCsv(countries) : valuesCsv(rows))}
          fullscreen={fullscreen}
        />
        {!embed && (
          <AddToDeck choices={[{ label: 'This view', slide: { kind: 'compare', title: `${VIEW_LABELS[state.view]}: ${countries.map((c) => c.name).join(', ')}`, query: serializeCompareState(state, UNIVERSE) } }]} />
        )}
      </div>
      {REFERENCE && (
        <label className="origin-toggle">
          <input
            type="checkbox"
            checked={state.origin}
            onChange={() => update({ origin: !state.origin, ...(state.origin && state.selection?.country === REFERENCE.id ? { selection: undefined } : {}), ...(state.origin && state.milestone?.country === REFERENCE.id ? { milestone: undefined } : {}) })}
          />{' '}
          Show {REFERENCE.name}, where Open Dialogue was developed, as a reference column
        </label>
      )}
      <ViewTabs view={view} onChange={(v) => update({ view: v })} />
      <section id={PANEL_ID} role="tabpanel" aria-labelledby={tabId(view)} className={`compare-panel view-${view}`}>
        {(view === 'matrix' || view === 'peers') && (
          <>
            <MatrixLegend shown={encodingsShown(viewDimensions, countries)} reference={referenceId ? REFERENCE?.name : undefined} />
            <div className="chart-and-details">
              <div className={`chart-box${grid?.mode === 'grid' && grid.compact ? ' is-compact' : ''}`} ref={chartBox}>
                {view === 'peers' && peerDimensions.length === 0 ? (
                  <p className="notice">No peer-worker dimension is chosen; tick one under Dimensions.</p>
                ) : (
                  <MatrixChart
                    title={title}
                    dimensions={viewDimensions}
                    countries={countries}
                    referenceId={referenceId}
                    active={cellShown ? state.selection : undefined}
                    stacked={phone}
                    inlineDetails={phone && details ? details$('cell') : undefined}
                    onFocusCell={onFocusCell}
                    onHoverCell={onHoverCell}
                  />
                )}
              </div>
              {!phone && !embed && details$('cell')}
            </div>
            <p className="muted chart-alt-note">The same values, with full text, are in the Table view.</p>
          </>
        )}
        {view === 'timeline' && (
          <>
            <TimelineLegend countries={countries} />
            <div className="chart-and-details">
              <div className="chart-box timeline-box" ref={chartBox}>
                <TimelineChart
                  title={title}
                  countries={countries}
                  width={Math.max(TIMELINE_MIN_WIDTH, boxWidth ?? 960)}
                  active={pointCountry ? state.milestone : undefined}
                  onFocusPoint={onFocusPoint}
                  onHoverPoint={onHoverPoint}
                />
              </div>
              {!embed && details$('milestone')}
            </div>
            <details className="milestone-table" open={milestonesOpen} onToggle={(e) => setMilestonesOpen(e.currentTarget.open)}>
              <summary>The milestones as a table</summary>
              {/* Rendered only when open: the chart stays quick to redraw while countries are toggled. */}
              {milestonesOpen && <MilestoneTable countries={countries} sourceOf={sourceOf} sourceHref={sourceHref} />}
            </details>
          </>
        )}
        {view === 'table' && (
          <CompareTable
            rows={sortRows(rows, state.sort)}
            sort={state.sort}
            onSort={(column) => update({ sort: { column, descending: state.sort?.column === column && !state.sort.descending } })}
            sourceOf={sourceOf}
            sourceHref={sourceHref}
          />
        )}
        {view === 'sources' && (
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
      {printed && (
        <p className="print-footer">
          {title}. {printed.link} · printed {printed.date}
        </p>
      )}
    </div>
  );
}

