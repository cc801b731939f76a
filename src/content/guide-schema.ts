/**
 * Schemas of the content that guides a reader through the cards: guided paths (`content/paths/<id>.yaml`), the
 * glossary (`content/glossary.yaml`) and the webinar follow-up (`content/webinar.yaml`). Validated at build time
 * (`pipeline/*-collection.ts`); browser code imports only the inferred types.
 */
import { z } from 'zod';
import { GLOSSARY_LANGUAGES } from './languages.ts';
import { ID_PATTERN } from './vocabulary.ts';

const idSchema = z.string().regex(ID_PATTERN, 'an id of lower-case letters, digits and single hyphens');
const text = (min: number, max: number) => z.string().trim().min(min).max(max);

export const pathStepSchema = z.strictObject({
  /** The card read at this step. */
  card: idSchema,
  /** Why the card comes here, in a sentence (optional). */
  note: text(10, 240).optional(),
});

/** `content/paths/<id>.yaml`: the file name is the path's id and URL (`/paths/<id>`). */
export const pathFileSchema = z.strictObject({
  title: text(3, 100),
  /** One sentence, shown on the paths list. */
  summary: text(20, 320),
  /** Who the path is written for, e.g. "newcomers". */
  audience: text(3, 80).optional(),
  /** Rough reading time of the whole path. */
  minutes: z.number().int().min(1).max(240).optional(),
  /** The webinar question (a card of kind `question`) this path follows up. */
  question: idSchema.optional(),
  /** Position on the paths list; lower comes first. */
  order: z.number().int().min(0).default(100),
  steps: z.array(pathStepSchema).min(2, 'a path needs at least two steps'),
});
export type PathFile = z.infer<typeof pathFileSchema>;
export type GuidedPath = PathFile & { id: string };

export const translationSchema = z.strictObject({
  lang: z.enum(GLOSSARY_LANGUAGES),
  /**
   * The term as the source shows it in use, in its language only (it is marked with the language for screen readers
   * and hyphenation): other names separated by " / ", what it says in English in `gloss`.
   */
  term: text(1, 120).refine((t) => !/[();]/.test(t), 'only the term in its language: give other names separated by " / ", and what it says in English in `gloss`'),
  /** What the term says in English, where that differs from the entry's own term (shown outside the language). */
  gloss: text(3, 120).optional(),
  /** Ids from `content/sources.yaml` where the term is seen in use. A translation without a source is rejected. */
  sources: z
    .array(idSchema, {
      error: (issue) =>
        issue.input === undefined
          ? 'a translation needs the ids of the sources that show it in use; leave the language out rather than guess'
          : undefined,
    })
    .min(1, 'a translation needs at least one source id; leave the language out rather than guess'),
  /** How sure we are, or how the source uses the term (e.g. "not seen in an Open Dialogue text"). */
  note: text(3, 200).optional(),
});

export const glossaryEntrySchema = z.strictObject({
  term: text(2, 80),
  /** The card that explains the term. */
  card: idSchema,
  /** A short definition, in a sentence or two. */
  definition: text(20, 400),
  translations: z.array(translationSchema).default([]),
});
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
export const glossaryFileSchema = z.array(glossaryEntrySchema).min(1);

export const webinarPersonSchema = z.strictObject({
  /** The person's card. */
  card: idSchema,
  role: z.enum(['host', 'speaker']),
  /** The country card they spoke for (speakers only). */
  country: idSchema.optional(),
  /** The organisation card they were introduced with. */
  organisation: idSchema,
  /** How the webinar page introduced them (2022), in a sentence. */
  introduced: text(20, 400),
});

export const webinarSchema = z.strictObject({
  /** The event's card. */
  card: idSchema,
  title: text(3, 120),
  /** The organisation card of the host. */
  host: idSchema,
  /** The event page, which also carries the recording. */
  url: z.url(),
  /** The source id of the event page. */
  source: idSchema,
  /** As the event page gives it. */
  updated: text(4, 40),
  /** What the event was about, in a paragraph. */
  about: text(40, 900),
  people: z.array(webinarPersonSchema).min(1),
  questions: z
    .array(
      z.strictObject({
        /** The question's card (kind `question`). */
        card: idSchema,
        /** The guided path that follows the question up (`content/paths/<id>.yaml`). */
        path: idSchema,
      }),
    )
    .min(1),
});
export type Webinar = z.infer<typeof webinarSchema>;
