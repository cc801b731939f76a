/**
 * The content vocabulary as plain constants: importable by browser code without pulling in zod.
 * The schemas in `schema.ts` build on these.
 */

/** Kinds of card; each gets a label, and filters and search group by it. */
export const CARD_KINDS = [
  'approach',
  'principle',
  'practice',
  'role',
  'country',
  'organisation',
  'person',
  'event',
  'question',
  'term',
  'study',
] as const;

/**
 * Typed relations from one card to another, read as "this card <relation> that card":
 * POD `extends` Open Dialogue; a principle is `part-of` Open Dialogue; Open Dialogue is `implemented-in` Estonia.
 */
export const RELATIONS = [
  'part-of',
  'extends',
  'contrasts-with',
  'implemented-in',
  'influenced-by',
  'evidence-for',
  'works-at',
  'related-to',
] as const;

export const SOURCE_TYPES = [
  'paper',
  'preprint',
  'book',
  'chapter',
  'thesis',
  'report',
  'web-page',
  'event',
  'trial-registry',
] as const;

/** A card id is its file name: lower-case words joined by hyphens, so it is also a clean URL segment. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** How each kind of card is named, one and many. */
export const KIND_LABELS: Record<(typeof CARD_KINDS)[number], { one: string; many: string }> = {
  approach: { one: 'Approach', many: 'Approaches' },
  principle: { one: 'Principle', many: 'Principles' },
  practice: { one: 'Practice', many: 'Practices' },
  role: { one: 'Role', many: 'Roles' },
  country: { one: 'Country', many: 'Countries' },
  organisation: { one: 'Organisation', many: 'Organisations' },
  person: { one: 'Person', many: 'People' },
  event: { one: 'Event', many: 'Events' },
  question: { one: 'Question', many: 'Questions' },
  term: { one: 'Term', many: 'Terms' },
  study: { one: 'Study', many: 'Studies' },
};
