import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import questionValue from 'virtual:content/card/question-value';
import { allStudies } from '../../content/evidence';
import type { Study } from '../../content/evidence-schema';
import { getSource } from '../../content/sources';
import { download } from '../../lib/download';
import { paths } from '../../lib/paths';
import { Citation } from '../../ui/Citation';
import { usePageTitle } from '../../ui/usePageTitle';
import { layoutEvidence } from './evidence-layout';
import { studiesCsv } from './evidence-csv';
import { describeFilter, filterStudies, parseEvidenceParams, serializeEvidenceFilter, type FilterKey } from './evidence-filters';
import { numberSources, summariseEvidence } from './evidence-summary';
import { EvidenceChart } from './EvidenceChart';
import { EvidenceFilters } from './EvidenceFilters';
import { EvidenceLegend } from './EvidenceLegend';
import { EvidenceTable } from './EvidenceTable';
import './evidence.css';

const studyLink = (s: Study) => (s.card ? <Link to={paths.card(s.card)}>{s.title}</Link> : <a href={`#study-${s.id}`}>{s.title}</a>);

/** What the studies can and cannot show, in three sentences computed from the data. */
function Summary() {
  const { total, odTrials, odTrialsWithResults, otherTrialsWithResults, reviews } = summariseEvidence(allStudies);
  const systematic = reviews.find((r) => r.design.value === 'systematic-review');
  return (
    <section className="evidence-summary" aria-labelledby="evidence-summary-heading">
      <h2 id="evidence-summary-heading">What the {total} studies can say</h2>
      <ul>
        <li>
          {odTrialsWithResults.length === 0 ? (
            <>
              <strong>No randomised trial of Open Dialogue has published its results, as far as our sources show.</strong>{' '}
              {odTrials.map((t, i) => (
                <span key={t.id}>
                  {i > 0 && ' '}
                  {studyLink(t)}: {t.results.note ?? 'results not found as published'}.
                </span>
              ))}
            </>
          ) : (
            <strong>
              Randomised trials of Open Dialogue with published results: {odTrialsWithResults.map((t) => t.title).join('; ')}.
            </strong>
          )}
        </li>
        {otherTrialsWithResults.map((t) => (
          <li key={t.id}>
            The randomised trial here with results, {studyLink(t)} ({t.authors}, {t.year.value}), tests the CARe model, not
            Open Dialogue.
          </li>
        ))}
        <li>
          The rest are not randomised trials: follow-ups in Western Lapland, a register study, before-and-after studies,
          surveys, qualitative studies and reviews of them. None of them can show that the approach caused what they
          found.
          {systematic && (
            <>
              {' '}
              The systematic review {studyLink(systematic)} ({systematic.authors}, {systematic.year.value}): {systematic.finding.value}
            </>
          )}
        </li>
      </ul>
    </section>
  );
}

/** Evidence at a glance: every study and review as a chart (year against design) and a table, filterable. */
export function EvidencePage() {
  const [params, setParams] = useSearchParams();
  const { filter, notices } = parseEvidenceParams(params, allStudies);
  const shown = filterStudies(allStudies, filter);
  const numbers = numberSources(shown);
  const [saved, setSaved] = useState('');
  const filtered = shown.length !== allStudies.length;
  usePageTitle('Evidence at a glance', 'Every study and review of Open Dialogue in one chart and table: design, country, people, follow-up, what each found and what limits it.');

  const update = (key: FilterKey, value: string) => {
    const next = { ...filter, [key]: value || undefined };
    setParams(new URLSearchParams(serializeEvidenceFilter(next)), { replace: true, preventScrollReset: true });
  };
  const saveCsv = () => {
    const name = `open-dialogue-evidence${filtered ? '-filtered' : ''}.csv`;
    download(studiesCsv(shown), name, 'text/csv;charset=utf-8');
    setSaved(`Saved ${name}.`);
  };

  return (
    <div className="evidence-page">
      <h1>Evidence at a glance</h1>
      <p className="lead">
        Every study and review of Open Dialogue, Peer-supported Open Dialogue and the CARe model in our sources, by year
        and design: how many people, how long they were followed, what each found and what limits it. Every value names
        its source; “not reported” means the study, as far as we read it, does not say.
      </p>
      <Summary />
      {notices.map((n) => (
        <p key={n} className="notice" role="status">
          {n}
        </p>
      ))}
      <EvidenceFilters studies={allStudies} filter={filter} onChange={update} />
      <p role="status" className="result-count">
        {filtered ? `${shown.length} of ${allStudies.length} studies: ${describeFilter(filter, allStudies)}` : `${shown.length} studies`}
      </p>
      <figure className="evidence-figure" aria-labelledby="evidence-chart-caption">
        <figcaption id="evidence-chart-caption">
          Year of publication (across) against design (down, from reviews and randomised trials to qualitative studies).
          Select a mark to read its row in the table.
        </figcaption>
        <EvidenceChart all={allStudies} shown={shown} />
        <EvidenceLegend sizes={layoutEvidence(allStudies, [], 100).sizeLegend} />
      </figure>
      <div className="export-bar" role="group" aria-label="Export">
        <button type="button" className="button" onClick={saveCsv}>
          Download CSV{filtered ? ' (the studies shown)' : ''}
        </button>
        <span role="status">{saved}</span>
      </div>
      {shown.length === 0 ? (
        <p>
          No study matches these filters. <Link to={paths.evidence()}>Show every study</Link>.
        </p>
      ) : (
        <EvidenceTable studies={shown} numbers={numbers} />
      )}
      <section aria-labelledby="evidence-sources-heading" className="evidence-sources">
        <h2 id="evidence-sources-heading">Sources</h2>
        <ol>
          {[...numbers].map(([id, n]) => {
            const source = getSource(id);
            return (
              <li key={id} id={`evidence-source-${id}`} value={n}>
                {source ? <Citation source={source} /> : id}
              </li>
            );
          })}
        </ol>
      </section>
      <p>
        Read more: the webinar question <Link to={paths.card(questionValue.id)}>{questionValue.title}</Link>{' '}
        and <Link to={paths.cardsOfKind('study')}>every study card</Link>.
      </p>
    </div>
  );
}
