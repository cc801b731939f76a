import { Fragment, memo, useLayoutEffect, useMemo, useRef, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { ComparisonCountry, Dimension } from '../../content/comparison-schema';
import { MatrixCell } from './MatrixCell';
import { groupRows, moveInGrid, scaleNote } from './matrix-layout';
import type { Selection } from './url-state';

type Props = {
  /** The table's accessible name (and the export's title). */
  title: string;
  dimensions: readonly Dimension[];
  /** The columns in order; the reference column (Finland), when shown, comes first. */
  countries: readonly ComparisonCountry[];
  /** The reference column's id when it is shown. */
  referenceId?: string;
  /** The cell that takes the tab stop and is outlined (from the URL). */
  active?: Selection;
  /** The grid stacks on a phone: one dimension at a time, across the countries. */
  stacked: boolean;
  /** On a phone, the selected cell's details, placed right under it. */
  inlineDetails?: ReactNode;
  onFocusCell: (s: Selection) => void;
  onHoverCell: (s: Selection | undefined) => void;
};

/**
 * Countries by dimensions as a dense, text-labelled grid (a heat-map table): each cell names its level in words and
 * marks it second. Each cell links to the country card; arrow keys move between cells. The country headers stick
 * to the top while the rows scroll.
 */
export const MatrixChart = memo(function MatrixChart({ title, dimensions, countries, referenceId, active, stacked, inlineDetails, onFocusCell, onHoverCell }: Props) {
  const navigate = useNavigate();
  const groups = useMemo(() => groupRows(dimensions), [dimensions]);
  const reference = referenceId ? countries.find((c) => c.id === referenceId) : undefined;
  const activeRow = Math.max(0, dimensions.findIndex((d) => d.id === active?.dimension));
  const activeCol = Math.max(0, countries.findIndex((c) => c.id === active?.country));

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    const from = (e.target as Element).closest('[data-row]');
    if (!from) return;
    const next = moveInGrid(e.key, Number(from.getAttribute('data-row')), Number(from.getAttribute('data-col')), dimensions.length, countries.length);
    if (!next) return;
    e.preventDefault();
    e.currentTarget.querySelector<HTMLAnchorElement>(`[data-row="${next[0]}"][data-col="${next[1]}"]`)?.focus();
  };
  // Stable handlers that read the latest props, so memoised cells do not re-render for a new closure.
  const latest = useRef({ onFocusCell, onHoverCell, navigate, active });
  useLayoutEffect(() => {
    latest.current = { onFocusCell, onHoverCell, navigate, active };
  });
  // A touch's pointerdown comes before the focus it causes: remember whether the cell was already selected then.
  const touch = useRef<{ wasActive: string } | null>(null);
  const handlers = useMemo(
    () => ({
      focus: (country: string, dimension: string) => latest.current.onFocusCell({ country, dimension }),
      hover: (country: string, dimension: string) => latest.current.onHoverCell({ country, dimension }),
      open: (e: MouseEvent<HTMLAnchorElement>, country: string, dimension: string) => {
        if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        // A tap has no hover: the first tap on a cell shows its details, a second one opens the card.
        if (touch.current && touch.current.wasActive !== `${country}:${dimension}`) return latest.current.onFocusCell({ country, dimension });
        latest.current.navigate(e.currentTarget.getAttribute('href')!);
      },
    }),
    [],
  );

  return (
    <table
      className={`matrix-chart compare-chart cols-${countries.length}${stacked ? ' is-stacked' : ''}`}
      aria-label={`${title}. Arrow keys move between cells; Enter opens the country card.`}
      onKeyDown={onKeyDown}
      onPointerDown={(e) => {
        const on = latest.current.active;
        touch.current = e.pointerType === 'touch' ? { wasActive: on ? `${on.country}:${on.dimension}` : '' } : null;
      }}
      onMouseLeave={() => onHoverCell(undefined)}
    >
      <colgroup>
        <col className="matrix-label-col" />
        {countries.map((c) => (
          <col key={c.id} className={c.id === referenceId ? 'is-reference' : undefined} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <td className="matrix-corner" />
          {countries.map((c) => (
            <th key={c.id} scope="col" className={`country-head${c.id === referenceId ? ' is-reference' : ''}`}>
              {c.name}
              {c.id === referenceId && <span className="reference-note">reference: where OD began</span>}
            </th>
          ))}
        </tr>
      </thead>
      {groups.map((g) => (
        <tbody key={g.group}>
          <tr className="group-row">
            <th scope="colgroup" colSpan={countries.length + 1}>
              {g.label}
            </th>
          </tr>
          {g.dimensions.map(({ dimension, index }) => (
            <tr key={dimension.id} className="matrix-row">
              <th scope="row" className="row-head">
                <span className="row-label">{dimension.label}</span>
                <span className={`row-scale scale-${dimension.scale}`}>{scaleNote(dimension)}</span>
              </th>
              {countries.map((c, col) => {
                const isActive = index === activeRow && col === activeCol;
                return (
                  <Fragment key={c.id}>
                    <MatrixCell
                      country={c}
                      dimension={dimension}
                      row={index}
                      col={col}
                      isTabStop={isActive}
                      isSelected={isActive && active !== undefined}
                      reference={reference && c !== reference ? reference.values[dimension.id] : undefined}
                      referenceName={reference?.name}
                      onFocus={handlers.focus}
                      onHover={handlers.hover}
                      onOpen={handlers.open}
                    />
                    {stacked && isActive && active && inlineDetails && <td className="inline-details">{inlineDetails}</td>}
                  </Fragment>
                );
              })}
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
});
