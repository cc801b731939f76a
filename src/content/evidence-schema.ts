/**
 * The evidence at a glance (`content/evidence/studies.yaml`): every study and review of Open Dialogue, its
 * peer-supported variant and the CARe model that the research notes describe. Every value carries the ids of the
 * sources it comes from; where a study does not say, the value is "not reported" (never guessed). Validated at
 * build time (pipeline/evidence-collection.ts); browser code imports only the inferred types.
 */
import { z } from 'zod';
import { sourceSchema } from './schema.ts';
import { ID_PATTERN } from './vocabulary.ts';

const idSchema = z.string().regex(ID_PATTERN, 'an id of lower-case letters, digits and single hyphens');
const text = (min: number, max: number) => z.string().trim().min(min).max(max);

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

const sources = z.array(idSchema).min(1, 'every value needs the id of at least one source (content/sources.yaml)');

/** A value with its sources and, optionally, a few words on how to read it ("API group 33, ODAP group 42"). */
const sourced = <T extends z.ZodType>(value: T) =>
  z.strictObject({
    value,
    sources,
    /** Shown beside the value. */
    note: text(3, 200).optional(),
  });

export const studySchema = z.strictObject({
  /** Stable id, used in links (`#study-<id>`) and the CSV. */
  id: idSchema,
  /** A short name for the chart and table, e.g. "Five-year follow-up, Western Lapland". */
  title: text(5, 90),
  /** Who wrote it, as "Seikkula et al." (shown with the year). */
  authors: text(3, 60),
  /** The study's card in the knowledge base, when it has one (a card of kind `study`). */
  card: idSchema.optional(),
  /** Year of publication (for a trial without results: of its protocol, said in the note). */
  year: sourced(z.number().int().min(1980).max(2100)),
  approach: sourced(z.enum(APPROACHES)),
  /** Countries where the people studied were, or "International" for a review or survey across countries. */
  countries: sourced(z.array(text(2, 40)).min(1)),
  design: sourced(z.enum(STUDY_DESIGNS)),
  /** Number of people studied (for a trial without results: the target, said in the note). */
  n: sourced(z.union([z.number().int().min(1), z.literal(NOT_REPORTED)])),
  /** Length of follow-up in months. */
  followUpMonths: sourced(z.union([z.number().min(0).max(600), z.literal(NOT_REPORTED), z.literal(NOT_APPLICABLE)])),
  /** The main finding as the source reports it, in our words, at the source's confidence. */
  finding: sourced(text(20, 600)),
  /** What the finding is about (the outcome filter); at least one. */
  outcomes: z.array(z.enum(OUTCOMES)).min(1),
  /** What limits the finding: design, size, what was read (e.g. "abstract only"). */
  limits: sourced(text(10, 400)),
  /** Whether results were published, as far as the sources show. */
  results: sourced(z.enum(['published', 'not found as published'])),
  doi: sourced(z.union([sourceSchema.shape.doi.unwrap(), z.literal(NOT_REPORTED)])),
});
export type Study = z.infer<typeof studySchema>;

export const studiesFileSchema = z.array(studySchema).min(1);
