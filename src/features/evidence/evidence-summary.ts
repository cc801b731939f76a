/** What the whole body of evidence can say, computed from the data so the page's first sentence stays true. */
import { RANDOMISED_DESIGNS, SOURCED_FIELDS } from '../../content/evidence-vocabulary';
import type { Study } from '../../content/evidence-schema';

export type EvidenceSummary = {
  total: number;
  /** Randomised trials of Open Dialogue or its peer-supported variant. */
  odTrials: Study[];
  odTrialsWithResults: Study[];
  /** Randomised trials of other models (CARe) with results. */
  otherTrialsWithResults: Study[];
  reviews: Study[];
};

const isReview = (s: Study) => s.design.value === 'systematic-review' || s.design.value === 'scoping-review';

export function summariseEvidence(studies: readonly Study[]): EvidenceSummary {
  const trials = studies.filter((s) => RANDOMISED_DESIGNS.includes(s.design.value));
  const odTrials = trials.filter((s) => s.approach.value !== 'care');
  const published = (s: Study) => s.results.value === 'published';
  return {
    total: studies.length,
    odTrials,
    odTrialsWithResults: odTrials.filter(published),
    otherTrialsWithResults: trials.filter((s) => s.approach.value === 'care' && published(s)),
    reviews: studies.filter((s) => isReview(s) && published(s)),
  };
}

/** Numbers each source in order of first use across the shown studies, for the table's references. */
export function numberSources(studies: readonly Study[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const s of studies) for (const f of SOURCED_FIELDS) for (const id of s[f].sources) if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
  return numbers;
}

/** "24 months" as "2 years", "18 months" as is. */
export function formatFollowUp(value: Study['followUpMonths']['value']): string {
  if (typeof value !== 'number') return value;
  if (value % 12 !== 0) return `${value} months`;
  return value === 12 ? '1 year' : `${value / 12} years`;
}
