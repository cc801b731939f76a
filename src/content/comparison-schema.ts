/**
 * Schemas of the comparison data (`content/comparison/`): dimensions with a defined value scale, and one file
 * per country with a value for every dimension and dated milestones. Types for the explorer come from here.
 */
import { z } from 'zod';
import type { Source } from './schema.ts';
import { ID_PATTERN } from './vocabulary.ts';
import { CONFIDENCES, MILESTONE_TYPES, STRENGTHS } from './comparison-vocabulary.ts';

const idSchema = z.string().regex(ID_PATTERN, 'an id of lower-case letters, digits and single hyphens');
const sourcesSchema = z.array(idSchema).min(1, 'at least one source id from content/sources.yaml');

export const levelSchema = z.strictObject({
  id: idSchema,
  /** Short label shown in cells and legends. */
  label: z.string().trim().min(1).max(40),
  /** What a country must show to be placed at this level. */
  definition: z.string().trim().min(10),
});
export type Level = z.infer<typeof levelSchema>;

/** One row of the matrix: a question, with its scale of levels. */
export const dimensionSchema = z.strictObject({
  id: idSchema,
  label: z.string().trim().min(1).max(40),
  /** The question the dimension answers, shown as the row's description. */
  question: z.string().trim().min(10),
  /** Rows are grouped: general, models combined with OD, peer-worker roles. */
  group: z.enum(['general', 'models', 'peer']),
  /** `ordinal`: levels go from less to more, in the order given; `category`: levels are kinds, without order. */
  scale: z.enum(['ordinal', 'category']),
  levels: z.array(levelSchema).min(2),
  /** Heading anchors in a country card to link this row's cells to; the first the card has wins, else the card. */
  anchors: z.array(idSchema).default([]),
});
export type Dimension = z.infer<typeof dimensionSchema>;

export const dimensionsFileSchema = z.array(dimensionSchema).min(1);

export const confidenceSchema = z.enum(CONFIDENCES);
export type Confidence = z.infer<typeof confidenceSchema>;

/** One cell: a country's value on one dimension. */
export const valueSchema = z.strictObject({
  /** A level id of the dimension's scale; absent exactly when the confidence is `not-documented`. */
  level: idSchema.optional(),
  /** One or two sentences, in our own words; for a not-documented value, what the sources do and do not say. */
  text: z.string().trim().min(10).max(400),
  confidence: confidenceSchema,
  /** For documented values: the research team's label (high: primary source read; medium: secondary). */
  strength: z.enum(STRENGTHS).optional(),
  /** The sources that say it; for a not-documented value, the sources read that do not say it. */
  sources: sourcesSchema,
  /** A heading anchor in the country card; checked against the card's `##` headings. */
  anchor: idSchema.optional(),
});
export type ComparisonValueInput = z.infer<typeof valueSchema>;

export const milestoneSchema = z.strictObject({
  /** Only as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: z.preprocess(
    // YAML reads a bare year as a number.
    (v) => (typeof v === 'number' ? String(v) : v),
    z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD'),
  ),
  type: z.enum(MILESTONE_TYPES),
  label: z.string().trim().min(5).max(160),
  confidence: confidenceSchema.exclude(['not-documented']),
  strength: z.enum(STRENGTHS).optional(),
  sources: sourcesSchema,
});
export type Milestone = z.infer<typeof milestoneSchema>;

/** `content/comparison/countries/<id>.yaml`; the file name is the country card's id (or the reference's card). */
export const countryFileSchema = z.strictObject({
  name: z.string().trim().min(1),
  /** True only for the reference column (Western Lapland), which is not one of the compared countries. */
  reference: z.boolean().default(false),
  /** Values by dimension id: every dimension needs one. */
  values: z.record(idSchema, valueSchema),
  milestones: z.array(milestoneSchema).default([]),
});
export type CountryFile = z.infer<typeof countryFileSchema>;

/** A value as the explorer receives it: the card link is resolved at build time. */
export type ComparisonValue = ComparisonValueInput & { href: string };

export type ComparisonCountry = {
  id: string;
  name: string;
  /** The country card. */
  href: string;
  values: Record<string, ComparisonValue>;
  milestones: Milestone[];
};

/** The validated comparison data, served as `virtual:content/comparison`. */
export type ComparisonData = {
  dimensions: Dimension[];
  countries: ComparisonCountry[];
  /** Finland (Western Lapland), where OD was developed: shown beside the countries when the reader asks. */
  reference?: ComparisonCountry;
  /** Every source the data cites, in order of first use. */
  sources: Source[];
};
