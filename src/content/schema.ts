/**
 * The content schemas: the one place where the shape of a card, a source and their links is defined.
 * Every TypeScript type for content is inferred from here (`z.infer`); no view re-declares it.
 * Validation runs at build time only (see `pipeline/`), so zod never ships to the browser.
 */
import { z } from 'zod';
import { CARD_KINDS, ID_PATTERN, RELATIONS, SOURCE_TYPES } from './vocabulary.ts';

export { CARD_KINDS, ID_PATTERN, RELATIONS, SOURCE_TYPES };

export const cardKindSchema = z.enum(CARD_KINDS);
export type CardKind = z.infer<typeof cardKindSchema>;

export const relationSchema = z.enum(RELATIONS);
export type Relation = z.infer<typeof relationSchema>;

const idSchema = z.string().regex(ID_PATTERN, 'an id of lower-case letters, digits and single hyphens');

export const relatedSchema = z.strictObject({
  /** The id of the other card. */
  card: idSchema,
  /** How this card relates to it. */
  relation: relationSchema,
});
export type Related = z.infer<typeof relatedSchema>;

/** The frontmatter of `content/cards/<id>.mdx`. */
export const cardFrontmatterSchema = z.strictObject({
  /** Shown as the page's h1 and in every list. */
  title: z.string().trim().min(1),
  kind: cardKindSchema,
  /** One sentence, shown in lists, previews and search results. */
  summary: z.string().trim().min(20).max(320),
  /** Free tags for filtering, lower-case. */
  tags: z.array(z.string().regex(ID_PATTERN, 'a lower-case tag')).default([]),
  /** Bibliography ids (`content/sources.yaml`); every card needs at least one. */
  sources: z.array(idSchema).min(1),
  /** Typed links to other cards, shown grouped by relation. */
  related: z.array(relatedSchema).default([]),
  /** Other names readers may search for (acronyms, translations, former names). */
  aliases: z.array(z.string().trim().min(1)).default([]),
  /**
   * When the card was last checked against its sources (YYYY-MM-DD), shown on the card and in its citation.
   * Required: a reader judging a fact needs to know how fresh the check is.
   */
  reviewed: z.iso.date('a date as YYYY-MM-DD, e.g. 2026-12-02 (the day the card was last checked against its sources)'),
  /**
   * Study cards only: one sentence on what the study means for practice, worded at the study's confidence
   * ("suggests", "cannot show"), shown near the top of the card.
   */
  practice: z.string().trim().min(20).max(320).optional(),
});
export type CardFrontmatter = z.infer<typeof cardFrontmatterSchema>;

export const sourceTypeSchema = z.enum(SOURCE_TYPES);
export type SourceType = z.infer<typeof sourceTypeSchema>;

/** One entry of the bibliography, `content/sources.yaml`: a reader can reach every one, online or in print. */
export const sourceSchema = z
  .strictObject({
    id: idSchema,
    type: sourceTypeSchema,
    /** As the source gives them ("Seikkula J."); an organisation for pages without named authors. */
    authors: z.array(z.string().trim().min(1)).default([]),
    title: z.string().trim().min(1),
    /** Only when the source gives it: never guessed. */
    year: z.number().int().min(1900).max(2100).optional(),
    /** Journal with volume and pages, publisher, or website. */
    venue: z.string().trim().min(1).optional(),
    /** A web address (http or https only: a `javascript:` or `file:` URL would run or open something on a click). */
    url: z.url({ protocol: /^https?$/, error: 'a web address starting with https:// or http://' }).optional(),
    doi: z.string().regex(/^10\.\d{4,9}\/\S+$/, 'a DOI such as 10.1192/bjo.2025.10833').optional(),
    /** When the research team read it (YYYY-MM or YYYY-MM-DD). */
    accessed: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'a date as YYYY-MM or YYYY-MM-DD').optional(),
    /** What was actually read, e.g. "abstract only"; shown with the citation. */
    note: z.string().trim().min(1).optional(),
    /**
     * For a source with no address to link (print only, or a page whose address is not known): where a reader finds
     * it (publisher, library, catalogue, or the site to search), in a reader's words; shown with the citation.
     */
    locate: z.string().trim().min(10).optional(),
  })
  .refine((s) => s.url !== undefined || s.doi !== undefined || s.locate !== undefined, {
    path: ['locate'],
    message:
      'a source needs a url, a doi, or a "locate" note saying where a reader finds it (e.g. locate: "Print only: published by …; held by … library")',
  });
export type Source = z.infer<typeof sourceSchema>;

export const sourcesFileSchema = z.array(sourceSchema);

/** A link found in a card's body, with the sentence around it (for backlinks in context). */
export type BodyLink = { to: string; line: number; context: string };

/** What every view knows about a card without loading its body. */
export type CardMeta = CardFrontmatter & {
  id: string;
  /** Ids of the cards the body links to, in order of first appearance. */
  links: string[];
};

export type Backlink = {
  from: string;
  context: string;
  /** Where the link's own text sits in `context`, [start, end), when it is there; shown marked. */
  mark?: [number, number];
};

/** What only a card page needs about other cards; kept out of the index every page loads. */
export type CardDetails = {
  /** Cards linking to a card, with the sentence around each link. */
  backlinks: Record<string, Backlink[]>;
  /** The opening of each card's body as plain text, for link previews. */
  excerpts: Record<string, string>;
};

/** What one card page needs beyond the index, loaded with that card only (never the whole knowledge base's). */
export type CardDetail = {
  /** Cards linking here, with the sentence around each link. */
  backlinks: Backlink[];
  /** Excerpts, for link previews, of the cards this page links to or is linked from. */
  excerpts: Record<string, string>;
  /** The card's sources, as full bibliography entries. */
  sources: Source[];
};

/** An element's attributes in a card body, named as React names them (`className`, `htmlFor`, `style` as an object). */
export type BodyProps = Readonly<Record<string, string | number | boolean | Readonly<Record<string, string>>>>;
/** A card body as data, compiled from its MDX at build time (src/content/pipeline/compile-body.ts): text, or an element. */
export type BodyNode = string | readonly [tag: string, props: BodyProps | null, ...children: BodyNode[]];
/** What the browser fetches for one card page: its body and its details. */
export type CardFile = { body: BodyNode[]; detail: CardDetail };

/** The validated content model (build side); the browser gets `cards` as a module, each card's details in its own file. */
export type ContentIndex = { cards: CardMeta[] } & CardDetails;
