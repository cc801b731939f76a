import { Fragment, memo } from 'react';
import type { ComparisonCountry, ComparisonValue, Dimension } from '../../content/comparison-schema';
import { HATCH_ID } from './ConfidenceDefs';
import { wrapText } from './matrix-layout';
import { CONFIDENCE_LABELS, CONFIDENCE_STROKE, levelGlyph, shapePath, trackPath, trackPositions } from './scales';

export const TRACK_INSET = 14;

type Props = {
  country: ComparisonCountry;
  dimension: Dimension;
  row: number;
  y: number;
  width: number;
  height: number;
  isActive: boolean;
  /** Stable handlers (the chart passes the same functions on every render), so unchanged cells skip rendering. */
  onFocus: (country: string, dimension: string) => void;
  onHover: (country: string, dimension: string) => void;
  onOpen: (e: React.MouseEvent<Element>, href: string) => void;
};

/**
 * What a screen reader says for a cell: the level as drawn (speech input users say what they see), how sure it is,
 * then its sentence. A value that is not documented says so once (its level, its confidence and its sentence's first
 * words would each say it).
 */
function cellLabel(value: ComparisonValue, shown: string): string {
  if (value.confidence === 'not-documented') return `Not documented. ${value.text.replace(/^Not documented[^.]*\.\s*/, '')}`;
  return `${shown}. ${CONFIDENCE_LABELS[value.confidence]}${value.strength ? ` (${value.strength})` : ''}. ${value.text}`;
}

/** One cell, drawn at x = 0 of its column: a link to the country card showing its level and confidence. */
export const MatrixCell = memo(function MatrixCell({ country, dimension: dim, row, y, width, height, isActive, onFocus, onHover, onOpen }: Props) {
  const value = country.values[dim.id];
  const glyph = levelGlyph(dim, value.level);
  const track = width - 2 * TRACK_INSET;
  const slots = trackPositions(dim.levels.length, track);
  const shown = `${glyph?.label ?? 'Not documented'}${value.confidence === 'reported' ? ' (reported)' : ''}`;
  const label = `${country.name}, ${dim.label}: ${cellLabel(value, shown)} Opens the ${country.name} card.`;
  return (
    <a
      href={value.href}
      className={`matrix-cell confidence-${value.confidence}${isActive ? ' is-active' : ''}`}
      data-row={row}
      tabIndex={isActive ? 0 : -1}
      aria-label={label}
      onFocus={() => onFocus(country.id, dim.id)}
      onMouseEnter={() => onHover(country.id, dim.id)}
      onClick={(e) => onOpen(e, value.href)}
    >
      <rect
        className="cell-box"
        x={2}
        y={y + 3}
        width={width - 4}
        height={height - 6}
        rx={6}
        strokeDasharray={CONFIDENCE_STROKE[value.confidence]}
        fill={value.confidence === 'not-documented' ? `url(#${HATCH_ID})` : undefined}
      />
      <g transform={`translate(${TRACK_INSET},${y + 18})`} aria-hidden="true">
        <path className="cell-track" d={trackPath(slots, track)} />
        {glyph && <path d={shapePath(glyph.shape, 150)} transform={`translate(${slots[glyph.index]},0)`} fill={glyph.colour} className="cell-glyph" />}
      </g>
      {/* The level in words; the value's sentence and sources are in the details panel and the Table view. One text
          element, a tspan per line and a space between them, so it reads as the words it shows. */}
      <text className="cell-level" x={TRACK_INSET} y={y + 43} aria-hidden="true">
        {wrapText(shown, 22, 2).map((line, k) => (
          <Fragment key={k}>
            {k > 0 && ' '}
            <tspan x={TRACK_INSET} dy={k === 0 ? 0 : 15}>
              {line}
            </tspan>
          </Fragment>
        ))}
      </text>
    </a>
  );
});
