/**
 * The evidence at a glance (`content/evidence/studies.yaml`): every study and review of Open Dialogue, its
 * peer-supported variant and the CARe model that the research notes describe. Every value carries the ids of the
 * sources it comes from; where a study does not say, the value is "not reported" (never guessed). Validated at
 * build time (pipeline/evidence-collection.ts); browser code imports only the inferred types and, from
 * evidence-vocabulary.ts, the names (so zod never ships to the browser).
 */
import { z } from 'zod';
import { sourceSchema } from './schema.ts';
import { APPROACHES, NOT_APPLICABLE, NOT_REPORTED, OUTCOMES, STUDY_DESIGNS } from './evidence-vocabulary.ts';
import { ID_PATTERN } from './vocabulary.ts';

export * from './evidence-vocabulary.ts';

const idSchema = z.string().regex(ID_PATTERN, 'an id of lower-case letters, digits and single hyphens');
const text = (min: number, max: number) => z.string().trim().min(min).max(max);

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
  /** The label beside its mark on the chart, e.g. "Seikkula 2006". */
  short: text(3, 24),
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
