import { useId } from 'react';
import { Link } from 'react-router';
import { DESIGN_LABELS, OUTCOME_LABELS, OUTCOMES } from '../../content/evidence-vocabulary';
import type { Study } from '../../content/evidence-schema';
import { designRows } from './evidence-layout';
import { studyCountries, type EvidenceFilter, type FilterKey } from './evidence-filters';

type Props = { studies: readonly Study[]; filter: EvidenceFilter; onChange: (key: FilterKey, value: string) => void };

/** Design, country and outcome; each choice says how many of all the studies it has. */
export function EvidenceFilters({ studies, filter, onChange }: Props) {
  const ids = { design: useId(), country: useId(), outcome: useId() };
  const count = (test: (s: Study) => boolean) => studies.filter(test).length;
  const designs = designRows(studies).reverse();
  const outcomes = OUTCOMES.filter((o) => studies.some((s) => s.outcomes.includes(o)));
  return (
    <form className="filters" aria-label="Filter studies" onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor={ids.design}>Design</label>
        <select id={ids.design} value={filter.design ?? ''} onChange={(e) => onChange('design', e.target.value)}>
          <option value="">All designs</option>
          {designs.map((d) => (
            <option key={d} value={d}>
              {DESIGN_LABELS[d]} ({count((s) => s.design.value === d)})
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.country}>Country</label>
        <select id={ids.country} value={filter.country ?? ''} onChange={(e) => onChange('country', e.target.value)}>
          <option value="">All countries</option>
          {studyCountries(studies).map((c) => (
            <option key={c.id} value={c.id}>
              {c.name} ({count((s) => s.countries.value.includes(c.name))})
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.outcome}>Outcome</label>
        <select id={ids.outcome} value={filter.outcome ?? ''} onChange={(e) => onChange('outcome', e.target.value)}>
          <option value="">All outcomes</option>
          {outcomes.map((o) => (
            <option key={o} value={o}>
              {OUTCOME_LABELS[o]} ({count((s) => s.outcomes.includes(o))})
            </option>
          ))}
        </select>
      </div>
      {(filter.design || filter.country || filter.outcome) && (
        <Link to="?" className="clear-filters" preventScrollReset replace>
          Clear filters
        </Link>
      )}
    </form>
  );
}
