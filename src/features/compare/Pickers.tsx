import type { ComparisonCountry, Dimension } from '../../content/comparison-schema';
import { GROUP_LABELS } from './matrix-layout';

type CountryProps = {
  all: readonly ComparisonCountry[];
  chosen: readonly string[];
  onToggle: (id: string) => void;
  onMove: (id: string, by: -1 | 1) => void;
};

const ORDINALS = ['1st', '2nd', '3rd', '4th', '5th', '6th'];

/** Any subset of countries, in an order the reader can change; the last one cannot be unticked. */
export function CountryPicker({ all, chosen, onToggle, onMove }: CountryProps) {
  return (
    <fieldset className="picker">
      <legend>Countries</legend>
      <ul className="picker-list">
        {all.map((c) => {
          const at = chosen.indexOf(c.id);
          return (
            <li key={c.id}>
              <label>
                <input type="checkbox" checked={at !== -1} disabled={at !== -1 && chosen.length === 1} onChange={() => onToggle(c.id)} /> {c.name}
              </label>
              {at !== -1 && chosen.length > 1 && (
                <span className="order-controls">
                  <span className="muted">{ORDINALS[at]}</span>
                  <button type="button" className="icon-button" aria-label={`Move ${c.name} earlier`} disabled={at === 0} onClick={() => onMove(c.id, -1)}>
                    ←
                  </button>
                  <button type="button" className="icon-button" aria-label={`Move ${c.name} later`} disabled={at === chosen.length - 1} onClick={() => onMove(c.id, 1)}>
                    →
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

type DimensionProps = { all: readonly Dimension[]; chosen: readonly string[]; onToggle: (id: string) => void; onAll: () => void };

/** Dimensions by group, folded away by default so the chart stays near the top on a phone. */
export function DimensionPicker({ all, chosen, onToggle, onAll }: DimensionProps) {
  const groups = [...new Set(all.map((d) => d.group))];
  return (
    <details className="picker dimension-picker">
      <summary>
        Dimensions ({chosen.length} of {all.length})
      </summary>
      {groups.map((g) => (
        <fieldset key={g} className="picker-group">
          <legend>{GROUP_LABELS[g]}</legend>
          <ul className="picker-list">
            {all
              .filter((d) => d.group === g)
              .map((d) => {
                const on = chosen.includes(d.id);
                return (
                  <li key={d.id}>
                    <label>
                      <input type="checkbox" checked={on} disabled={on && chosen.length === 1} onChange={() => onToggle(d.id)} /> {d.label}
                    </label>
                  </li>
                );
              })}
          </ul>
        </fieldset>
      ))}
      {chosen.length < all.length && (
        <button type="button" className="button" onClick={onAll}>
          Show all dimensions
        </button>
      )}
    </details>
  );
}
