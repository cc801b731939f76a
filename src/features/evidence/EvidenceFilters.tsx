import { useId } from 'react';
import { Link } from 'react-router';
import { DESIGN_LABELS, OUTCOME_LABELS, OUTCOMES } from '../../content/evidence-vocabulary';
import type { Study } from '../../content/evidence-schema';
import { designRows } from './evidence-layout';
import { studyCountries, type EvidenceFilter, type FilterKey } from './evidence-filters';

type Props = { studies: readonly Study[]; filter: EvidenceFilter; onChange: (key: FilterKey, value: string) => void };
type Choice = { value: string; label: string; count: number };

function FilterSelect({ label, all, value, choices, onChange }: { label: string; all: string; value: string; choices: Choice[]; onChange: (v: string) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{all}</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label} ({c.count})
          </option>
        ))}
      </select>
    </div>
  );
}

/** Design, country and outcome; each choice says how many of all the studies it has. */
export function EvidenceFilters({ studies, filter, onChange }: Props) {
  const count = (test: (s: Study) => boolean) => studies.filter(test).length;
  const designs = designRows(studies)
    .reverse()
    .map((d) => ({ value: d, label: DESIGN_LABELS[d], count: count((s) => s.design.value === d) }));
  const countries = studyCountries(studies).map((c) => ({ value: c.id, label: c.name, count: count((s) => s.countries.value.includes(c.name)) }));
  const outcomes = OUTCOMES.filter((o) => studies.some((s) => s.outcomes.includes(o))).map((o) => ({
    value: o,
    label: OUTCOME_LABELS[o],
    count: count((s) => s.outcomes.includes(o)),
  }));
  return (
    <form className="filters" aria-label="Filter studies" onSubmit={(e) => e.preventDefault()}>
      <FilterSelect label="Design" all="All designs" value={filter.design ?? ''} choices={designs} onChange={(v) => onChange('design', v)} />
      <FilterSelect label="Country" all="All countries" value={filter.country ?? ''} choices={countries} onChange={(v) => onChange('country', v)} />
      <FilterSelect label="Outcome" all="All outcomes" value={filter.outcome ?? ''} choices={outcomes} onChange={(v) => onChange('outcome', v)} />
      {(filter.design || filter.country || filter.outcome) && (
        <Link to="?" className="clear-filters" preventScrollReset replace>
          Clear filters
        </Link>
      )}
    </form>
  );
}
