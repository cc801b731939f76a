import { memo } from 'react';
import type { ComparisonCountry, Dimension } from '../../content/comparison-schema';
import { HATCH_ID } from './ConfidenceDefs';
import { wrapText } from './matrix-layout';
import { CONFIDENCE_LABELS, CONFIDENCE_STROKE, levelGlyph, shapePath, trackPositions } from './scales';

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

/** One cell, drawn at x = 0 of its column: a link to the country card with its level, confidence and text. */
export const MatrixCell = memo(function MatrixCell({ country, dimension: dim, row, y, width, height, isActive, onFocus, onHover, onOpen }: Props) {
  const value = country.values[dim.id];
  const glyph = levelGlyph(dim, value.level);
  const track = width - 2 * TRACK_INSET;
  const slots = trackPositions(dim.levels.length, track);
  const levelText = glyph?.label ?? 'Not documented';
  const label = `${country.name}, ${dim.label}: ${levelText}. ${CONFIDENCE_LABELS[value.confidence]}${value.strength ? ` (${value.strength})` : ''}. ${value.text} Opens the ${country.name} card.`;
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
      <g transform={`translate(${TRACK_INSET},${y + 20})`} aria-hidden="true">
        <line className="cell-track" x1={0} x2={track} y1={0} y2={0} />
        {slots.map((sx, k) => (
          <circle key={k} className="cell-slot" cx={sx} cy={0} r={2.5} />
        ))}
        {glyph && <path d={shapePath(glyph.shape, 150)} transform={`translate(${slots[glyph.index]},0)`} fill={glyph.colour} className="cell-glyph" />}
      </g>
      <text className="cell-level" x={TRACK_INSET} y={y + 48} aria-hidden="true">
        {levelText}
        {value.confidence === 'reported' ? ' (reported)' : ''}
      </text>
      {wrapText(value.text.replace(/^Not documented[^.]*\.\s*/, ''), Math.floor(track / 6.4), 2).map((line, k) => (
        <text key={k} className="cell-text" x={TRACK_INSET} y={y + 64 + k * 14} aria-hidden="true">
          {line}
        </text>
      ))}
    </a>
  );
});
