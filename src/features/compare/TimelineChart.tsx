import { memo, useMemo, type KeyboardEvent, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import type { ComparisonCountry } from '../../content/comparison-schema';
import { CONFIDENCE_LABELS, CONFIDENCE_STROKE, MILESTONE_LABELS, OKABE_ITO, shapePath } from './scales';
import { layoutTimeline, typeIndex, type PlacedMilestone } from './timeline-layout';
import type { MilestoneSelection } from './url-state';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2014", "March 2014" or "20 October 2014": no more precise than the source. */
export function formatMilestoneDate(date: string): string {
  const [y, m, d] = date.split('-');
  if (!m) return y;
  return `${d ? `${Number(d)} ` : ''}${MONTHS[Number(m) - 1]} ${y}`;
}

type Props = {
  title: string;
  countries: readonly ComparisonCountry[];
  /** The width of the box the chart is drawn in (measured), so it fits without clipping. */
  width: number;
  /** The milestone that takes the tab stop and is outlined (from the URL). */
  active?: MilestoneSelection;
  /** Focus selects a milestone (kept in the URL); hover only shows its details. */
  onFocusPoint: (m: MilestoneSelection) => void;
  onHoverPoint: (m: MilestoneSelection | undefined) => void;
};

const selectionOf = (p: PlacedMilestone): MilestoneSelection => ({ country: p.country.id, index: p.index });

/** One lane per country on a shared time axis; milestone types are shapes (and colours), shapes mean nothing else. */
export const TimelineChart = memo(function TimelineChart({ title, countries, width, active, onFocusPoint, onHoverPoint }: Props) {
  const navigate = useNavigate();
  const layout = useMemo(() => layoutTimeline(countries, width), [countries, width]);
  const hrefOf = (c: ComparisonCountry) => c.values.start?.href ?? c.href;
  const activeLane = Math.max(0, countries.findIndex((c) => c.id === active?.country));
  const activeIndex = active && countries[activeLane]?.id === active.country ? active.index : 0;

  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const from = (e.target as Element).closest('[data-lane]');
    if (!from) return;
    const lane = Number(from.getAttribute('data-lane'));
    const index = Number(from.getAttribute('data-index'));
    const here = layout.points[lane][index];
    let next: PlacedMilestone | undefined;
    if (e.key === 'ArrowRight') next = layout.points[lane][index + 1];
    else if (e.key === 'ArrowLeft') next = layout.points[lane][index - 1];
    else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      const other = layout.points[lane + (e.key === 'ArrowUp' ? -1 : 1)] ?? [];
      next = [...other].sort((a, b) => Math.abs(a.x - here.x) - Math.abs(b.x - here.x))[0];
    } else return;
    e.preventDefault();
    if (next) e.currentTarget.querySelector<SVGAElement>(`[data-lane="${next.lane}"][data-index="${next.index}"]`)?.focus();
  };
  const onClick = (e: MouseEvent<Element>, href: string) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(href);
  };

  return (
    <svg
      className="compare-chart timeline-chart"
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="group"
      aria-label={`${title}. Left and right arrows move along a country's lane, up and down between countries; Enter opens the country card.`}
      onKeyDown={onKeyDown}
      onMouseLeave={() => onHoverPoint(undefined)}
    >
      {layout.ticks.map((t) => (
        <g key={t.label} aria-hidden="true">
          <line className="axis-grid" x1={t.x} x2={t.x} y1={20} y2={layout.height - 4} />
          <text className="axis-label" x={t.x} y={14} textAnchor="middle">
            {t.label}
          </text>
        </g>
      ))}
      {layout.lanes.map((lane) => (
        <g key={lane.country.id}>
          <line className="lane-line" x1={0} x2={layout.width} y1={lane.y} y2={lane.y} aria-hidden="true" />
          <text className="chart-heading" x={4} y={lane.y + 30}>
            {lane.label.map((line, k) => (
              <tspan key={k} x={4} dy={k === 0 ? 0 : 18} className={k > 0 ? 'lane-sub' : undefined}>
                {/* The space between the lines ends the first, where it shows no indent, and keeps the words apart in the text. */}
                {k < lane.label.length - 1 ? `${line} ` : line}
              </tspan>
            ))}
          </text>
        </g>
      ))}
      {layout.points.map((lane, li) =>
        lane.map((p) => {
          const t = typeIndex(p.milestone.type);
          const label = `${p.country.name}, ${formatMilestoneDate(p.milestone.date)}, ${MILESTONE_LABELS[p.milestone.type]}: ${p.milestone.label}. ${CONFIDENCE_LABELS[p.milestone.confidence]}. Opens the ${p.country.name} card.`;
          const isActive = li === activeLane && p.index === activeIndex;
          return (
            <a
              key={p.key}
              href={hrefOf(p.country)}
              className={`timeline-point confidence-${p.milestone.confidence}${isActive && active ? ' is-active' : ''}`}
              data-lane={li}
              data-index={p.index}
              tabIndex={isActive ? 0 : -1}
              aria-label={label}
              onFocus={() => onFocusPoint(selectionOf(p))}
              onMouseEnter={() => onHoverPoint(selectionOf(p))}
              onClick={(e) => onClick(e, hrefOf(p.country))}
            >
              <circle className="point-hit" cx={p.x} cy={p.y} r={11} />
              <path
                d={shapePath(t, layout.sizes.marker)}
                transform={`translate(${p.x},${p.y})`}
                fill={OKABE_ITO[t % OKABE_ITO.length]}
                className="point-glyph"
                strokeDasharray={CONFIDENCE_STROKE[p.milestone.confidence]}
              />
            </a>
          );
        }),
      )}
    </svg>
  );
});
