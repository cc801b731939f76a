/**
 * The names the evidence data uses (designs, approaches, outcomes) and their labels: plain constants, shared by
 * the schema (build time) and the evidence page, which must not import zod.
 */

/** Study designs, from the least to the most able to show an effect, then reviews: the chart's rows, in order. */
export const STUDY_DESIGNS = [
  'qualitative',
  'survey',
  'case-series',
  'before-after',
  'historical-comparison',
  'register-cohort',
  'randomised-trial',
  'scoping-review',
  'systematic-review',
] as const;
export type StudyDesign = (typeof STUDY_DESIGNS)[number];

export const DESIGN_LABELS: Record<StudyDesign, string> = {
  qualitative: 'Qualitative study',
  survey: 'Survey of services',
  'case-series': 'Case series or cohort, no comparison',
  'before-after': 'Before-and-after comparison',
  'historical-comparison': 'Non-randomised comparison of cohorts',
  'register-cohort': 'Register-based cohort with controls',
  'randomised-trial': 'Randomised trial',
  'scoping-review': 'Scoping review',
  'systematic-review': 'Systematic review',
};

/** Designs in which people were allocated at random. */
export const RANDOMISED_DESIGNS: readonly StudyDesign[] = ['randomised-trial'];

export const APPROACHES = ['open-dialogue', 'peer-supported-open-dialogue', 'care'] as const;
export type Approach = (typeof APPROACHES)[number];
export const APPROACH_LABELS: Record<Approach, string> = {
  'open-dialogue': 'Open Dialogue',
  'peer-supported-open-dialogue': 'Peer-supported Open Dialogue',
  care: 'CARe model',
};

/** What a study measured or looked at: the outcome filter. */
export const OUTCOMES = [
  'hospital-use',
  'medication',
  'symptoms',
  'work-and-study',
  'disability-allowance',
  'relapse',
  'incidence',
  'mortality',
  'quality-of-life',
  'recovery-and-functioning',
  'satisfaction',
  'experiences',
  'implementation',
  'adherence',
  'feasibility',
  'quality-of-evidence',
] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const OUTCOME_LABELS: Record<Outcome, string> = {
  'hospital-use': 'Hospital use',
  medication: 'Neuroleptic use',
  symptoms: 'Psychotic symptoms',
  'work-and-study': 'Work and study',
  'disability-allowance': 'Disability allowance',
  relapse: 'Relapse',
  incidence: 'Incidence of psychosis',
  mortality: 'Mortality and suicide',
  'quality-of-life': 'Quality of life',
  'recovery-and-functioning': 'Recovery, wellbeing and functioning',
  satisfaction: 'Satisfaction',
  experiences: 'Experiences of staff and networks',
  implementation: 'Implementation',
  adherence: 'Adherence to the model',
  feasibility: 'Trial feasibility',
  'quality-of-evidence': 'Quality of the evidence',
};

export const NOT_REPORTED = 'not reported';
/** For a review or a survey, where a follow-up does not apply. */
export const NOT_APPLICABLE = 'not applicable';

/** The fields whose value carries sources (all but the labels and the outcome list), in the table's order. */
export const SOURCED_FIELDS = ['year', 'approach', 'countries', 'design', 'n', 'followUpMonths', 'finding', 'limits', 'results', 'doi'] as const;
export type SourcedField = (typeof SOURCED_FIELDS)[number];
