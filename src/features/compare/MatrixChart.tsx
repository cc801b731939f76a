import { memo, useLayoutEffect, useMemo, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import type { ComparisonCountry, Dimension } from '../../content/comparison-schema';
import { ConfidenceDefs } from './ConfidenceDefs';
import { MatrixCell } from './MatrixCell';
import { layoutMatrix, moveInGrid } from './matrix-layout';
import type { Selection } from './url-state';

type Props = {
  /** Shown in the exported image and as the chart's accessible name. */
  title: string;
  dimensions: readonly Dimension[];
  countries: readonly ComparisonCountry[];
  /**
   * How many country columns the drawing keeps room for. Resizing an SVG makes the browser lay out all of its
   * text again (over 10 ms here), so ticking a country off leaves the frame as it is and only removes a column.
   */
  frameColumns: number;
  /** The cell that takes the tab stop and is outlined (from the URL). */
  active?: Selection;
  onFocusCell: (s: Selection) => void;
  onHoverCell: (s: Selection | undefined) => void;
};

/** Countries by dimensions. Each cell is a link to the country card; arrow keys move between cells. */
export const MatrixChart = memo(function MatrixChart({ title, dimensions, countries, frameColumns, active, onFocusCell, onHoverCell }: Props) {
  const navigate = useNavigate();
  const layout = useMemo(() => layoutMatrix(dimensions, countries.map((c) => c.id), frameColumns), [dimensions, countries, frameColumns]);
  const { sizes } = layout;
  const dimRows = layout.rows.filter((r) => r.kind === 'dimension');
  const activeRow = Math.max(0, dimensions.findIndex((d) => d.id === active?.dimension));
  const activeCol = Math.max(0, countries.findIndex((c) => c.id === active?.country));

  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const from = (e.target as Element).closest('[data-row]');
    const column = from?.closest('[data-col]');
    if (!from || !column) return;
    const next = moveInGrid(e.key, Number(from.getAttribute('data-row')), Number(column.getAttribute('data-col')), dimensions.length, countries.length);
    if (!next) return;
    e.preventDefault();
    e.currentTarget.querySelector<SVGAElement>(`[data-col="${next[1]}"] [data-row="${next[0]}"]`)?.focus();
  };
  // Stable handlers that read the latest props, so memoised cells do not re-render for a new closure.
  const latest = useRef({ onFocusCell, onHoverCell, navigate });
  useLayoutEffect(() => {
    latest.current = { onFocusCell, onHoverCell, navigate };
  });
  const handlers = useMemo(
    () => ({
      focus: (country: string, dimension: string) => latest.current.onFocusCell({ country, dimension }),
      hover: (country: string, dimension: string) => latest.current.onHoverCell({ country, dimension }),
      open: (e: MouseEvent<Element>, href: string) => {
        if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        latest.current.navigate(href);
      },
    }),
    [],
  );

  return (
    <svg
      className="compare-chart matrix-chart"
      width={layout.frameWidth}
      height={layout.height}
      viewBox={`0 0 ${layout.frameWidth} ${layout.height}`}
      data-content-width={layout.width}
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
            {row.label.map((line) => (
              <text key={line.y} className={line.className} x={4} y={row.y + line.y}>
                {line.text}
              </text>
            ))}
          </g>
        ),
      )}
      {layout.columns.map((col, c) => (
        // Cells sit in a column group: when a country is added or removed, only the group moves.
        <g key={col.id} transform={`translate(${col.x},0)`} data-col={c}>
          {dimRows.map((row) =>
            row.kind === 'dimension' ? (
              <MatrixCell
                key={row.key}
                country={countries[c]}
                dimension={row.dimension}
                row={row.index}
                y={row.y}
                width={col.width}
                height={row.height}
                isActive={row.index === activeRow && c === activeCol}
                onFocus={handlers.focus}
                onHover={handlers.hover}
                onOpen={handlers.open}
              />
            ) : null,
          )}
        </g>
      ))}
    </svg>
  );
});
