/**
 * The evidence page's filters live in the URL (`?design=…&country=…&outcome=…`), so a filtered view can be shared
 * and survives a reload. Each parameter parses to a known value or is ignored with a notice; only set filters are
 * written back.
 */
import { DESIGN_LABELS, OUTCOME_LABELS, STUDY_DESIGNS, OUTCOMES } from '../../content/evidence-vocabulary';
import type { Outcome, Study, StudyDesign } from '../../content/evidence-schema';
import { slugify } from '../../lib/slug';

export type EvidenceFilter = { design?: StudyDesign; country?: string; outcome?: Outcome };
export const FILTER_KEYS = ['design', 'country', 'outcome'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** The countries the studies name, as { id (for the URL), name }, in alphabetical order. */
export function studyCountries(studies: readonly Study[]): { id: string; name: string }[] {
  const names = [...new Set(studies.flatMap((s) => s.countries.value))].sort((a, b) => a.localeCompare(b));
  return names.map((name) => ({ id: slugify(name), name }));
}

/** Parses the query; `notices` says in plain words what was ignored. */
export function parseEvidenceParams(params: URLSearchParams, studies: readonly Study[]): { filter: EvidenceFilter; notices: string[] } {
  const filter: EvidenceFilter = {};
  const notices: string[] = [];
  const design = params.get('design');
  if (design !== null) {
    if ((STUDY_DESIGNS as readonly string[]).includes(design)) filter.design = design as StudyDesign;
    else notices.push(`There is no study design “${design}”; showing every design.`);
  }
  const country = params.get('country');
  if (country !== null) {
    if (studyCountries(studies).some((c) => c.id === country)) filter.country = country;
    else notices.push(`No study in the list is from “${country}”; showing every country.`);
  }
  const outcome = params.get('outcome');
  if (outcome !== null) {
    if ((OUTCOMES as readonly string[]).includes(outcome)) filter.outcome = outcome as Outcome;
    else notices.push(`There is no outcome “${outcome}”; showing every outcome.`);
  }
  return { filter, notices };
}

/** The query string for `filter` (empty when nothing is filtered). */
export function serializeEvidenceFilter(filter: EvidenceFilter): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (filter[key]) params.set(key, filter[key]);
  return params.toString();
}

export function filterStudies(studies: readonly Study[], filter: EvidenceFilter): Study[] {
  return studies.filter(
    (s) =>
      (!filter.design || s.design.value === filter.design) &&
      (!filter.country || s.countries.value.some((c) => slugify(c) === filter.country)) &&
      (!filter.outcome || s.outcomes.includes(filter.outcome)),
  );
}

/** "Randomised trial · Finland · Hospital use": what the filter shows, in words. */
export function describeFilter(filter: EvidenceFilter, studies: readonly Study[]): string {
  const country = studyCountries(studies).find((c) => c.id === filter.country)?.name;
  return [filter.design && DESIGN_LABELS[filter.design], country, filter.outcome && OUTCOME_LABELS[filter.outcome]].filter(Boolean).join(' · ');
}
