import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { APPROACH_LABELS, DESIGN_LABELS, RANDOMISED_DESIGNS } from '../../content/evidence-vocabulary';
import type { SourcedField, Study } from '../../content/evidence-schema';
import { paths } from '../../lib/paths';
import { formatFollowUp } from './evidence-summary';

type Refs = ReadonlyMap<string, number>;

/** A value's sources as numbered references to the list below the table. */
function SourceRefs({ ids, numbers }: { ids: readonly string[]; numbers: Refs }) {
  return (
    <sup className="evidence-refs">
      [
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 && ', '}
          <a href={`#evidence-source-${id}`} aria-label={`source ${numbers.get(id)}`}>
            {numbers.get(id)}
          </a>
        </span>
      ))}
      ]
    </sup>
  );
}

function Value({ study, field, numbers, children }: { study: Study; field: SourcedField; numbers: Refs; children: ReactNode }) {
  const { note, sources } = study[field];
  return (
    <>
      {children}
      {note && <span className="muted"> ({note})</span>} <SourceRefs ids={sources} numbers={numbers} />
    </>
  );
}

/** Every shown study with all its values: the chart's table alternative, and the place its marks link to. */
export function EvidenceTable({ studies, numbers }: { studies: readonly Study[]; numbers: Refs }) {
  return (
    <div className="table-scroll" role="region" aria-labelledby="evidence-table-caption" tabIndex={0}>
      <table className="evidence-table">
        <caption id="evidence-table-caption">The studies in detail ({studies.length}), each value with its sources</caption>
        <thead>
          <tr>
            <th scope="col">Study</th>
            <th scope="col">Year</th>
            <th scope="col">Design</th>
            <th scope="col">Country</th>
            <th scope="col">People (n)</th>
            <th scope="col">Follow-up</th>
            <th scope="col">Main finding, as reported</th>
            <th scope="col">Limits</th>
            <th scope="col">DOI</th>
          </tr>
        </thead>
        <tbody>
          {studies.map((s) => {
            const v = (field: SourcedField, children: ReactNode) => (
              <Value study={s} field={field} numbers={numbers}>
                {children}
              </Value>
            );
            return (
              <tr key={s.id} id={`study-${s.id}`}>
                <th scope="row">
                  {s.card ? <Link to={paths.card(s.card)}>{s.title}</Link> : s.title}
                  <span className="study-meta">
                    {s.authors} · {v('approach', APPROACH_LABELS[s.approach.value])}
                  </span>
                </th>
                <td>{v('year', s.year.value)}</td>
                <td>
                  {v('design', DESIGN_LABELS[s.design.value])}
                  <span className="study-meta">{RANDOMISED_DESIGNS.includes(s.design.value) ? 'Randomised' : 'Not randomised'}</span>
                </td>
                <td>{v('countries', s.countries.value.join(', '))}</td>
                <td>{v('n', typeof s.n.value === 'number' ? s.n.value.toLocaleString('en-GB') : s.n.value)}</td>
                <td>{v('followUpMonths', formatFollowUp(s.followUpMonths.value))}</td>
                <td className="wide">
                  {s.results.value !== 'published' && <strong>{v('results', 'Results not found as published.')} </strong>}
                  {v('finding', s.finding.value)}
                </td>
                <td className="wide">{v('limits', s.limits.value)}</td>
                <td className="doi">
                  {v('doi', s.doi.value === 'not reported' ? 'not reported' : <a href={`https://doi.org/${s.doi.value}`}>{s.doi.value}</a>)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
