import type { ComparisonCountry } from '../../content/comparison-schema';
import type { Source } from '../../content/schema';
import { CONFIDENCE_LABELS, MILESTONE_LABELS } from './scales';
import type { ValueRow } from './shown-data';
import { SourceRefs } from './SourceRefs';
import { formatMilestoneDate } from './TimelineChart';
import type { SortKey } from './url-state';

type Props = {
  rows: readonly ValueRow[];
  sort?: SortKey;
  onSort: (column: string) => void;
  sourceOf: (id: string) => Source | undefined;
  sourceHref: (id: string) => string;
};

const COLUMNS: { id: string; label: string }[] = [
  { id: 'country', label: 'Country' },
  { id: 'dimension', label: 'Dimension' },
  { id: 'level', label: 'Level' },
  { id: 'confidence', label: 'Confidence' },
];

/** Every shown value as an accessible, sortable table: the text alternative of the matrix and peer chart. */
export function CompareTable({ rows, sort, onSort, sourceOf, sourceHref }: Props) {
  return (
    <div className="table-scroll" role="region" aria-label="Values table" tabIndex={0}>
      <table className="compare-table">
        <caption>Each country's value on each chosen dimension, with its confidence and sources. Sort by a column with its header button.</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => {
              const on = sort?.column === c.id;
              return (
                <th key={c.id} scope="col" aria-sort={on ? (sort!.descending ? 'descending' : 'ascending') : 'none'}>
                  <button type="button" className="sort-button" onClick={() => onSort(c.id)}>
                    {c.label}
                    <span aria-hidden="true">{on ? (sort!.descending ? ' ▼' : ' ▲') : ' ↕'}</span>
                  </button>
                </th>
              );
            })}
            <th scope="col">What the sources say</th>
            <th scope="col">Sources</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const v = r.country.values[r.dimension.id];
            return (
              <tr key={r.key}>
                <th scope="row">{r.country.name}</th>
                <td>{r.dimension.label}</td>
                <td>
                  {r.levelLabel}
                  {r.levelIndex !== -1 && r.dimension.scale === 'ordinal' && <span className="muted"> ({r.levelIndex + 1} of {r.dimension.levels.length})</span>}
                </td>
                <td className={`confidence-${v.confidence}`}>
                  {CONFIDENCE_LABELS[v.confidence]}
                  {v.strength ? ` (${v.strength})` : ''}
                </td>
                <td>{v.text}</td>
                <td>
                  <SourceRefs ids={v.sources} sourceOf={sourceOf} hrefOf={sourceHref} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The timeline's milestones as a table (its text alternative). */
export function MilestoneTable({ countries, sourceOf, sourceHref }: { countries: readonly ComparisonCountry[]; sourceOf: Props['sourceOf']; sourceHref: Props['sourceHref'] }) {
  return (
    <div className="table-scroll" role="region" aria-label="Milestones table" tabIndex={0}>
      <table className="compare-table">
        <caption>Dated milestones by country, only as precise as the sources give them.</caption>
        <thead>
          <tr>
            <th scope="col">Country</th>
            <th scope="col">Date</th>
            <th scope="col">Type</th>
            <th scope="col">Milestone</th>
            <th scope="col">Confidence</th>
            <th scope="col">Sources</th>
          </tr>
        </thead>
        <tbody>
          {countries.flatMap((c) =>
            c.milestones.map((m, i) => (
              <tr key={`${c.id}-${i}`}>
                <th scope="row">{c.name}</th>
                <td>{formatMilestoneDate(m.date)}</td>
                <td>{MILESTONE_LABELS[m.type]}</td>
                <td>{m.label}</td>
                <td>
                  {CONFIDENCE_LABELS[m.confidence]}
                  {m.strength ? ` (${m.strength})` : ''}
                </td>
                <td>
                  <SourceRefs ids={m.sources} sourceOf={sourceOf} hrefOf={sourceHref} />
                </td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}
