/** The shown studies as CSV, one row per study, each value beside its note and its sources (pure). */
import { APPROACH_LABELS, DESIGN_LABELS, OUTCOME_LABELS, RANDOMISED_DESIGNS } from '../../content/evidence-vocabulary';
import type { SourcedField, Study } from '../../content/evidence-schema';

const field = (v: string | number) => {
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const line = (values: (string | number)[]) => values.map(field).join(',');

type Column = [name: string, value: (s: Study) => string | number];
/** A sourced value as three columns: the value, its note and its source ids. */
const sourced = (name: string, key: SourcedField, show: (s: Study) => string | number): Column[] => [
  [name, show],
  [`${name} note`, (s) => s[key].note ?? ''],
  [`${name} sources`, (s) => s[key].sources.join(' ')],
];

const COLUMNS: Column[] = [
  ['id', (s) => s.id],
  ['study', (s) => s.title],
  ['authors', (s) => s.authors],
  ...sourced('year', 'year', (s) => s.year.value),
  ...sourced('approach', 'approach', (s) => APPROACH_LABELS[s.approach.value]),
  ...sourced('countries', 'countries', (s) => s.countries.value.join('; ')),
  ...sourced('design', 'design', (s) => DESIGN_LABELS[s.design.value]),
  ['randomised', (s) => (RANDOMISED_DESIGNS.includes(s.design.value) ? 'yes' : 'no')],
  ...sourced('n', 'n', (s) => s.n.value),
  ...sourced('follow-up (months)', 'followUpMonths', (s) => s.followUpMonths.value),
  ...sourced('main finding', 'finding', (s) => s.finding.value),
  ['outcomes', (s) => s.outcomes.map((o) => OUTCOME_LABELS[o]).join('; ')],
  ...sourced('limits', 'limits', (s) => s.limits.value),
  ...sourced('results', 'results', (s) => s.results.value),
  ...sourced('doi', 'doi', (s) => s.doi.value),
];

export function studiesCsv(studies: readonly Study[]): string {
  return [line(COLUMNS.map(([name]) => name)), ...studies.map((s) => line(COLUMNS.map(([, value]) => value(s))))].join('\n') + '\n';
}
