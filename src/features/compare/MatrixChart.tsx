import { memo, useMemo, type KeyboardEvent, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import type { ComparisonCountry, Dimension } from '../../content/comparison-schema';
import { ConfidenceDefs, HATCH_ID } from './ConfidenceDefs';
import { layoutMatrix, moveInGrid, wrapText } from './matrix-layout';
import { CONFIDENCE_LABELS, CONFIDENCE_STROKE, levelGlyph, shapePath, trackPositions } from './scales';
import type { Selection } from './url-state';

type Props = {
  /** Shown in the exported image and as the chart's accessible name. */
  title: string;
  dimensions: readonly Dimension[];
  countries: readonly ComparisonCountry[];
  /** The cell that takes the tab stop and is outlined (from the URL). */
  active?: Selection;
  onFocusCell: (s: Selection) => void;
  onHoverCell: (s: Selection | undefined) => void;
};

const TRACK_INSET = 14;

/** The row heading: the dimension's name, then its scale in words, wrapped to the label column. */
function rowLabel(dim: Dimension): { text: string; y: number; className: string }[] {
  const name = wrapText(dim.label, 22, 2).map((text, k) => ({ text, y: 22 + k * 18, className: 'chart-row-label' }));
  if (dim.scale !== 'ordinal') return [...name, { text: 'kinds, no order', y: name.length * 18 + 24, className: 'chart-row-scale' }];
  const scale = wrapText(`scale: ${dim.levels[0].label} → ${dim.levels.at(-1)!.label}`, 28, 2);
  return [...name, ...scale.map((text, k) => ({ text, y: name.length * 18 + 24 + k * 15, className: 'chart-row-scale' }))];
}

/** Countries by dimensions. Each cell is a link to the country card; arrow keys move between cells. */
export const MatrixChart = memo(function MatrixChart({ title, dimensions, countries, active, onFocusCell, onHoverCell }: Props) {
  const navigate = useNavigate();
  const layout = useMemo(() => layoutMatrix(dimensions, countries.map((c) => c.id)), [dimensions, countries]);
  const { sizes } = layout;
  const dimRows = layout.rows.filter((r) => r.kind === 'dimension');
  const activeRow = Math.max(0, dimensions.findIndex((d) => d.id === active?.dimension));
  const activeCol = Math.max(0, countries.findIndex((c) => c.id === active?.country));

  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const from = (e.target as Element).closest('[data-row]');
    if (!from) return;
    const next = moveInGrid(e.key, Number(from.getAttribute('data-row')), Number(from.getAttribute('data-col')), dimensions.length, countries.length);
    if (!next) return;
    e.preventDefault();
    e.currentTarget.querySelector<SVGAElement>(`[data-row="${next[0]}"][data-col="${next[1]}"]`)?.focus();
  };
  const onClick = (e: MouseEvent<Element>, href: string) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(href);
  };
  const chars = Math.floor((sizes.columnWidth - 2 * TRACK_INSET) / 6.4);

  return (
    <svg
      className="compare-chart matrix-chart"
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="group"
      aria-label={`${title}. Arrow keys move between cells; Enter opens the country card.`}
      onKeyDown={onKeyDown}
      onMouseLeave={() => onHoverCell(undefined)}
    >
      <ConfidenceDefs />
      {layout.columns.map((col, i) => (
        <text key={col.id} className="chart-heading" x={col.x + col.width / 2} y={sizes.headerHeight - 16} textAnchor="middle">
          {countries[i].name}
        </text>
      ))}
      {layout.rows.map((row) =>
        row.kind === 'group' ? (
          <text key={row.key} className="chart-group" x={4} y={row.y + row.height - 10}>
            {row.label}
          </text>
        ) : (
          <g key={row.key}>
            {rowLabel(row.dimension).map((line) => (
              <text key={line.y} className={line.className} x={4} y={row.y + line.y}>
                {line.text}
              </text>
            ))}
          </g>
        ),
      )}
      {dimRows.map((row) => {
        if (row.kind !== 'dimension') return null;
        const dim = row.dimension;
        const slots = trackPositions(dim.levels.length, sizes.columnWidth - 2 * TRACK_INSET);
        return layout.columns.map((col, c) => {
          const country = countries[c];
          const value = country.values[dim.id];
          const glyph = levelGlyph(dim, value.level);
          const isActive = row.index === activeRow && c === activeCol;
          const levelText = glyph?.label ?? 'Not documented';
          const label = `${country.name}, ${dim.label}: ${levelText}. ${CONFIDENCE_LABELS[value.confidence]}${value.strength ? ` (${value.strength})` : ''}. ${value.text} Opens the ${country.name} card.`;
          const sel = { country: country.id, dimension: dim.id };
          return (
            <a
              key={`${dim.id}-${country.id}`}
              href={value.href}
              className={`matrix-cell confidence-${value.confidence}${isActive ? ' is-active' : ''}`}
              data-row={row.index}
              data-col={c}
              tabIndex={isActive ? 0 : -1}
              aria-label={label}
              onFocus={() => onFocusCell(sel)}
              onMouseEnter={() => onHoverCell(sel)}
              onClick={(e) => onClick(e, value.href)}
            >
              <rect
                className="cell-box"
                x={col.x + 2}
                y={row.y + 3}
                width={col.width - 4}
                height={row.height - 6}
                rx={6}
                strokeDasharray={CONFIDENCE_STROKE[value.confidence]}
                fill={value.confidence === 'not-documented' ? `url(#${HATCH_ID})` : undefined}
              />
              <g transform={`translate(${col.x + TRACK_INSET},${row.y + 20})`} aria-hidden="true">
                <line className="cell-track" x1={0} x2={sizes.columnWidth - 2 * TRACK_INSET} y1={0} y2={0} />
                {slots.map((sx, k) => (
                  <circle key={k} className="cell-slot" cx={sx} cy={0} r={2.5} />
                ))}
                {glyph && <path d={shapePath(glyph.shape, 150)} transform={`translate(${slots[glyph.index]},0)`} fill={glyph.colour} className="cell-glyph" />}
              </g>
              <text className="cell-level" x={col.x + TRACK_INSET} y={row.y + 48} aria-hidden="true">
                {levelText}
                {value.confidence === 'reported' ? ' (reported)' : ''}
              </text>
              {wrapText(value.text.replace(/^Not documented[^.]*\.\s*/, ''), chars, 2).map((line, k) => (
                <text key={k} className="cell-text" x={col.x + TRACK_INSET} y={row.y + 64 + k * 14} aria-hidden="true">
                  {line}
                </text>
              ))}
            </a>
          );
        });
      })}
    </svg>
  );
});
