/**
 * The schema of a deck, `content/decks/<id>.yaml`: an ordered list of slides for a trainer's projector.
 * Types come from here (`z.infer`); validation runs at build time (pipeline/load-decks.ts), so zod never ships.
 */
import { z } from 'zod';
import { ID_PATTERN } from './vocabulary.ts';

const idSchema = z.string().regex(ID_PATTERN, 'an id of lower-case letters, digits and single hyphens');
/** What the presenter says; shown only in the speaker view and never on the projector. */
const notes = z.string().trim().min(1).optional();

/** A card on a slide: its title and summary, or (with `section`) one `##` section of its body. */
const cardSlide = z.strictObject({
  kind: z.literal('card'),
  card: idSchema,
  /** The text of a `##` heading in the card's body: only that part is shown. */
  section: z.string().trim().min(1).optional(),
  notes,
});

/** A saved view of the comparison explorer: `query` is the part of its URL after `?`. */
const compareSlide = z.strictObject({
  kind: z.literal('compare'),
  title: z.string().trim().min(1),
  query: z.string().trim().regex(/^[^?#\s]*$/, 'the URL query without "?" (e.g. "countries=uk,ee&measure=teams")'),
  /** One sentence under the view: what to look at. */
  caption: z.string().trim().min(1).optional(),
  notes,
});

/** Free text in markdown: paragraphs, lists, **bold**, *italics*, links and `[[card-id]]` links. */
const textSlide = z.strictObject({
  kind: z.literal('text'),
  title: z.string().trim().min(1),
  body: z.string().trim().min(1).optional(),
  /** Bibliography ids, shown small on the slide and in the handout. */
  sources: z.array(idSchema).default([]),
  notes,
});

export const slideSourceSchema = z.discriminatedUnion('kind', [cardSlide, compareSlide, textSlide]);
export type SlideSource = z.infer<typeof slideSourceSchema>;

export const deckFileSchema = z.strictObject({
  title: z.string().trim().min(1),
  /** One sentence for the list of decks. */
  summary: z.string().trim().min(20).max(320),
  /** Rough length, in minutes, for the list and the speaker view's timer. */
  minutes: z.number().int().min(1).max(480).optional(),
  slides: z.array(slideSourceSchema).min(1, 'a deck needs at least one slide'),
});
export type DeckFile = z.infer<typeof deckFileSchema>;

/** Inline markdown, compiled at build time so the browser needs no markdown parser. */
export type Inline =
  | { t: 'text'; v: string }
  /** `lang`: a word in another language (`<i lang="cs">` in a card), said in that language by screen readers. */
  | { t: 'strong' | 'em'; c: Inline[]; lang?: string }
  | { t: 'span'; lang: string; c: Inline[] }
  | { t: 'link'; href: string; c: Inline[] };
export type Block =
  | { t: 'p'; c: Inline[] }
  | { t: 'h'; c: Inline[] }
  | { t: 'quote'; c: Block[] }
  /**
   * `start`: the first item's number, when an ordered list continues from the slide before; `continues`: its first
   * item is the rest of the previous slide's last item (shown without a bullet).
   */
  | { t: 'list'; ordered: boolean; items: Block[][]; start?: number; continues?: boolean };

/** One of several slides that a section too long for one slide was split into (src/content/slide-fit.ts). */
export type SlidePart = {
  n: number;
  of: number;
  /** The text size step (slide-fit.ts) all parts share, so the text does not change size from one to the next. */
  step: 0 | 1 | 2 | 3;
};

/** A slide as the app receives it: references resolved and text compiled. */
export type Slide =
  | { kind: 'card'; card: string; section?: string; blocks: Block[]; notes?: string; part?: SlidePart }
  | { kind: 'compare'; title: string; query: string; caption?: string; notes?: string; part?: SlidePart }
  | { kind: 'text'; title: string; blocks: Block[]; sources: string[]; notes?: string; part?: SlidePart };

export type Deck = { id: string; title: string; summary: string; minutes?: number; slides: Slide[] };
