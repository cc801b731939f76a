import { memo } from 'react';
import type { ComparisonCountry, ComparisonValue, Dimension } from '../../content/comparison-schema';
import { againstReference, CONFIDENCE_LABELS, levelMark } from './scales';

type Props = {
  country: ComparisonCountry;
  dimension: Dimension;
  row: number;
  col: number;
  /** The grid's one tab stop (roving tabindex): the selected cell, or the first when none is. */
  isTabStop: boolean;
  /** The cell whose details are shown: outlined. */
  isSelected: boolean;
  /** The reference column's value on this row, when it is shown and this is not the reference itself. */
  reference?: ComparisonValue;
  referenceName?: string;
  /** Stable handlers (the grid passes the same functions on every render), so unchanged cells skip rendering. */
  onFocus: (country: string, dimension: string) => void;
  onHover: (country: string, dimension: string) => void;
  onOpen: (e: React.MouseEvent<HTMLAnchorElement>, country: string, dimension: string) => void;
};

/**
 * What a screen reader says for a cell: the level as shown (speech input users say what they see), how sure it is,
 * then its sentence. A value that is not documented says so once (its level, its confidence and its sentence's first
 * words would each say it).
 */
function cellLabel(value: ComparisonValue, shown: string): string {
  if (value.confidence === 'not-documented') return `Not documented. ${value.text.replace(/^Not documented[^.]*\.\s*/, '')}`;
  return `${shown}. ${CONFIDENCE_LABELS[value.confidence]}${value.strength ? ` (${value.strength})` : ''}. ${value.text}`;
}

const REFERENCE_MARK = { same: '= Finland', different: '≠ Finland' } as const;

/**
 * One cell: a link to the country card that names its level in words first, then marks it (a place on the scale's
 * track for an ordered dimension, a tag for a kind) and its confidence (outline, hatching, the word "reported").
 */
export const MatrixCell = memo(function MatrixCell({ country, dimension: dim, row, col, isTabStop, isSelected, reference, referenceName, onFocus, onHover, onOpen }: Props) {
  const value = country.values[dim.id];
  const mark = levelMark(dim, value.level);
  const versus = againstReference(value, reference);
  const shown = `${mark?.label ?? 'Not documented'}${value.confidence === 'reported' ? ' (reported)' : ''}`;
  const versusLabel = versus ? ` ${versus === 'same' ? 'Same level as' : 'A different level from'} ${referenceName}.` : '';
  const label = `${country.name}, ${dim.label}: ${cellLabel(value, shown)}${versusLabel} Opens the ${country.name} card.`;
  return (
    <td className={`matrix-td confidence-${value.confidence}${mark?.ordered ? ` tint-${mark.tint}` : ''}`}>
      <a
        href={value.href}
        className={`matrix-cell${isSelected ? ' is-active' : ''}`}
        data-row={row}
        data-col={col}
        tabIndex={isTabStop ? 0 : -1}
        aria-label={label}
        onFocus={() => onFocus(country.id, dim.id)}
        onMouseEnter={() => onHover(country.id, dim.id)}
        onClick={(e) => onOpen(e, country.id, dim.id)}
      >
        {/* Shown only when the grid stacks on a phone, where no column header is in view. */}
        <span className="cell-country" aria-hidden="true">
          {country.name}
        </span>
        <span className={mark && !mark.ordered ? 'cell-level cell-kind' : 'cell-level'}>
          {/* One text, as the accessible name says it (the name check compares the words shown). */}
          {shown}
        </span>
        {mark?.ordered && (
          <span className="cell-track" aria-hidden="true">
            {dim.levels.map((l, i) => (
              <span key={l.id} className={i === mark.index ? 'step is-on' : i < mark.index ? 'step is-below' : 'step'} />
            ))}
          </span>
        )}
        {versus && (
          <span className={`cell-versus is-${versus}`} aria-hidden="true">
            {REFERENCE_MARK[versus]}
          </span>
        )}
      </a>
    </td>
  );
});
