/**
 * How much text a slide can hold, and the split of a card section (or free text) too long for one slide into
 * numbered continuation slides ("How it works (2/3)"). Pure, with no DOM and no Node: the build runs it over the
 * shipped decks (pipeline/load-decks.ts), a deck made in the browser can run it too, and the slide picks its text
 * size with it (SlideView), so prerendered HTML is sized right before any script runs.
 *
 * Sizes are in px of a reference stage, 1280 x 660 (a 1280 x 720 screen less the control bar); present.css scales
 * the whole slide uniformly to the real stage (`--u`), so what fits here fits on every screen, 4:3 or 16:9.
 * The numbers below and present.css describe the same layout: change them together.
 */
import type { Block, Inline, Slide, SlidePart } from './deck-schema.ts';

/** The reference stage and the slide's padding inside it. */
export const STAGE = { width: 1280, height: 660, padX: 56, padY: 26 } as const;
/** Type sizes (px at the reference) of a slide's fixed parts. */
export const TYPE = { eyebrow: 24, title: 52, subtitle: 34, footnote: 22 } as const;
/** Body text sizes, largest first: a slide takes the largest at which it fits. The last is the floor (28 px). */
export const BODY_STEPS = [40, 36, 32, 28] as const;
/** A card's summary, shown alone, is larger. */
export const LEAD_STEPS = [50, 44, 40, 36] as const;
export type FitStep = SlidePart['step'];

// Average advance of a character, in em: about 0.50 for DejaVu Sans and Roboto and 0.48 for Segoe UI at regular
// weight, 0.57 bold; taken wide, and lines as if word wrapping wasted a tenth, so the estimate errs on the tall side.
const CHAR_EM = 0.54;
const BOLD_CHAR_EM = 0.62;
const WRAP_WASTE = 1.1;
const LINE = { title: 1.15, subtitle: 1.3, body: 1.4, small: 1.4 } as const;

const inlineText = (nodes: readonly Inline[]): string => nodes.map((n) => (n.t === 'text' ? n.v : inlineText(n.c))).join('');

/** Lines that `chars` characters take at `size` px in a column `width` px wide. */
function lines(chars: number, size: number, width: number, em = CHAR_EM): number {
  const perLine = Math.max(8, Math.floor(width / (em * size)));
  return Math.max(1, Math.ceil((chars * WRAP_WASTE) / perLine));
}

/** Height (px) of blocks of body text at `size` px in a column `width` px wide, as present.css lays them out. */
export function blocksHeight(blocks: readonly Block[], size: number, width: number): number {
  let h = 0;
  for (const b of blocks) {
    if (b.t === 'p') h += lines(inlineText(b.c).length, size, width) * size * LINE.body + 0.5 * size;
    else if (b.t === 'h') h += lines(inlineText(b.c).length, size, width, BOLD_CHAR_EM) * size * LINE.body + 0.6 * size;
    // A quote is indented 1 em (padding and border).
    else if (b.t === 'quote') h += blocksHeight(b.c, size, width - size) + 0.5 * size;
    // A list item is indented 1.3 em and spaced 0.25 em; the list ends with the paragraph's gap.
    else h += b.items.reduce((sum, item) => sum + itemHeight(item, size, width - 1.3 * size), 0) + 0.25 * size;
  }
  return h;
}

/** A list item's blocks sit without their own gaps (`.slide-text li p { margin: 0 }`). */
const itemHeight = (item: readonly Block[], size: number, width: number) =>
  Math.max(size * LINE.body, blocksHeight(item, size, width) - 0.5 * size * item.filter((b) => b.t === 'p').length) + 0.25 * size;

/** What a slide shows, as plain text: enough to tell its height. */
export type SlideText = {
  /** The slide's title (the card's title on a card slide). */
  title: string;
  /** The line under the title: a card slide's kind badge and section. */
  eyebrow: boolean;
  subtitle?: string;
  /** A card's summary, on a card slide without a section. */
  lead?: string;
  blocks: readonly Block[];
  /** A footnote line (the card's address, a text slide's sources). */
  footnote?: string;
};

const contentWidth = STAGE.width - 2 * STAGE.padX;
const contentHeight = STAGE.height - 2 * STAGE.padY;

/** Height of everything but the body text and the lead. */
function frameHeight(s: SlideText): number {
  let h = 0;
  if (s.eyebrow) h += TYPE.eyebrow * LINE.small + 0.4 * TYPE.eyebrow;
  h += lines(s.title.length, TYPE.title, contentWidth, BOLD_CHAR_EM) * TYPE.title * LINE.title + 0.3 * TYPE.title;
  if (s.subtitle) h += lines(s.subtitle.length, TYPE.subtitle, contentWidth, BOLD_CHAR_EM) * TYPE.subtitle * LINE.subtitle + 0.4 * TYPE.subtitle;
  if (s.footnote) h += lines(s.footnote.length, TYPE.footnote, contentWidth) * TYPE.footnote * LINE.small + 0.8 * TYPE.footnote;
  return h;
}

/** The estimated height (px at the reference) of the slide at size step `step`. */
export function slideHeight(s: SlideText, step: FitStep): number {
  const lead = s.lead ? lines(s.lead.length, LEAD_STEPS[step], contentWidth) * LEAD_STEPS[step] * 1.35 + 0.5 * LEAD_STEPS[step] : 0;
  return frameHeight(s) + lead + blocksHeight(s.blocks, BODY_STEPS[step], contentWidth);
}

/**
 * The largest text size step at which the slide fits, and never larger than `atMost` (the step continuation slides
 * share); `fits` is false when it does not fit even at the floor.
 */
export function fitStep(s: SlideText, atMost: FitStep = 0): { step: FitStep; fits: boolean } {
  for (const step of [0, 1, 2, 3] as const) if (step >= atMost && slideHeight(s, step) <= contentHeight) return { step, fits: true };
  return { step: 3, fits: false };
}

/** A slide's text for `fitStep`; `card` gives a card's title and summary (undefined for an unknown card). */
export function slideText(slide: Slide, card: (id: string) => { title: string; summary: string } | undefined, footnote = ''): SlideText {
  if (slide.kind === 'card') {
    const c = card(slide.card);
    const title = c?.title ?? slide.card;
    if (!slide.section) return { title, eyebrow: true, lead: c?.summary ?? '', blocks: [], footnote };
    return { title, eyebrow: true, subtitle: sectionLabel(slide.section, slide.part), blocks: slide.blocks, footnote };
  }
  if (slide.kind === 'text') {
    return { title: partLabel(slide.title, slide.part), eyebrow: false, blocks: slide.blocks, footnote: slide.sources.length ? footnote || 'Sources' : undefined };
  }
  return { title: slide.title, eyebrow: true, blocks: [] };
}

/** "How it works (2/3)" for the second of three continuation slides; the name alone for a slide in one piece. */
export const partLabel = (name: string, part: SlidePart | undefined) => (part && part.of > 1 ? `${name} (${part.n}/${part.of})` : name);
export const sectionLabel = partLabel;

/**
 * A piece of body text that may start a new slide: a block, or one item of a list (which continues, numbered on,
 * on the next slide). `list` ties items of one list together; `rest` marks the rest of an item cut at a sentence.
 */
type Piece = { block: Block; list?: { id: number; rest: boolean } };

/** Inline text cut into sentences (at ". " and the like, only in plain text, never inside a link or emphasis). */
function sentences(nodes: readonly Inline[]): Inline[][] {
  const out: Inline[][] = [[]];
  for (const n of nodes) {
    if (n.t !== 'text') {
      out.at(-1)!.push(n);
      continue;
    }
    const bits = n.v.split(/(?<=[.!?])\s+(?=[A-Z(“"])/);
    bits.forEach((v, i) => {
      if (i > 0) out.push([]);
      if (v) out.at(-1)!.push({ t: 'text', v });
    });
  }
  return out.filter((s) => s.length);
}

/** A paragraph cut into paragraphs of whole sentences, each no taller than `room` (when one sentence allows). */
function cutParagraph(c: readonly Inline[], room: number, height: (b: Block[]) => number): Inline[][] {
  const groups: Inline[][] = [];
  for (const sentence of sentences(c)) {
    const last = groups.at(-1);
    const joined = last && [...last, { t: 'text', v: ' ' } as Inline, ...sentence];
    if (joined && height([{ t: 'p', c: joined }]) <= room) groups[groups.length - 1] = joined;
    else groups.push(sentence);
  }
  return groups;
}

function pieces(blocks: readonly Block[], room: number, height: (b: Block[]) => number): Piece[] {
  return blocks.flatMap((block, id): Piece[] => {
    if (block.t === 'p' && height([block]) > room) return cutParagraph(block.c, room, height).map((c) => ({ block: { t: 'p', c } }));
    if (block.t !== 'list') return [{ block }];
    const start = block.start ?? 1;
    const list = (item: Block[], index: number, rest: boolean): Piece => ({
      block: { t: 'list', ordered: block.ordered, items: [item], ...(block.ordered ? { start: start + index } : {}), ...(rest ? { continues: true } : {}) },
      list: { id, rest },
    });
    return block.items.flatMap((item, index) => {
      const [first, ...more] = item;
      const alone = height([{ t: 'list', ordered: block.ordered, items: [item] }]);
      if (alone <= room || first?.t !== 'p' || more.length) return [list(item, index, false)];
      // An item taller than a slide goes on over the next, cut between sentences.
      return cutParagraph(first.c, room, (b) => height([{ t: 'list', ordered: block.ordered, items: [b] }])).map((c, i) =>
        list([{ t: 'p', c }], index, i > 0),
      );
    });
  });
}

/** Pieces back to blocks: neighbouring items of one list become one list again. */
function join(part: readonly Piece[]): Block[] {
  const out: Block[] = [];
  let last: Piece | undefined;
  for (const p of part) {
    const prev = out.at(-1);
    if (p.list && last?.list?.id === p.list.id && prev?.t === 'list' && p.block.t === 'list') {
      // The rest of an item on the same slide as its start joins it; another item is a new item.
      if (p.list.rest) prev.items[prev.items.length - 1] = [...prev.items.at(-1)!, ...p.block.items[0]];
      else prev.items.push(...p.block.items);
    } else out.push(p.block.t === 'list' ? { ...p.block, items: [...p.block.items] } : p.block);
    last = p;
  }
  return out;
}

/** Packs pieces into parts no taller than `budget`; a heading never ends a part (it goes with what it heads). */
function pack(all: readonly Piece[], budget: (n: number) => number, height: (blocks: Block[]) => number): Piece[][] {
  const parts: Piece[][] = [];
  let current: Piece[] = [];
  for (const piece of all) {
    const next = [...current, piece];
    if (current.length && height(join(next)) > budget(parts.length)) {
      const carried: Piece[] = [];
      while (current.length > 1 && current.at(-1)!.block.t === 'h') carried.unshift(current.pop()!);
      parts.push(current);
      current = [...carried, piece];
    } else current = next;
  }
  if (current.length) parts.push(current);
  return parts;
}

/**
 * Splits `slide` into as few numbered slides as fit at the floor size, balanced so the last is not a stub; a slide
 * that fits, or that is not body text (a card's summary, a comparison), comes back as it is. The first part keeps
 * the speaker's notes. A single block taller than a whole slide stays one part (no sentence is cut).
 */
export function splitSlide(slide: Slide, card: (id: string) => { title: string; summary: string } | undefined): Slide[] {
  if (slide.kind === 'compare' || (slide.kind === 'card' && !slide.section)) return [slide];
  // The footnote's real text (an address with the site's host, a list of sources) is not known here: a full line.
  const footnote = 'x'.repeat(90);
  const frame = (n: number, of: number) => slideText({ ...slide, blocks: [], part: { n, of, step: 3 } }, card, footnote);
  if (fitStep(slideText(slide, card, footnote)).fits) return [slide];
  const floor = BODY_STEPS[3];
  const height = (blocks: Block[]) => blocksHeight(blocks, floor, contentWidth);
  // Budgets are taken with a "(n/9)" label, the widest a part's title gets.
  const room = contentHeight - frameHeight(frame(9, 9));
  const all = pieces(slide.blocks, room, height);
  const greedy = pack(all, () => room, height);
  const of = greedy.length;
  // Even parts: the smallest budget that still gives as many parts as the greedy packing.
  const total = height(slide.blocks);
  let parts = greedy;
  for (let target = Math.ceil(total / of); target < room; target += 8) {
    const tried = pack(all, () => target, height);
    if (tried.length === of) {
      parts = tried;
      break;
    }
  }
  const split = parts.map((p, i) => ({ ...slide, blocks: join(p), part: { n: i + 1, of: parts.length, step: 0 as FitStep } }));
  const step = Math.max(...split.map((s) => fitStep(slideText(s, card, footnote)).step)) as FitStep;
  return split.map((s, i) => ({ ...s, part: { ...s.part, step }, ...(i > 0 ? { notes: undefined } : {}) }));
}

/** A comparison slide's matrix holds at most this many rows at a size read from the back of a room. */
export const COMPARE_ROWS = 5;

/**
 * A comparison slide whose matrix has more rows than a slide holds, as numbered slides of at most COMPARE_ROWS rows
 * each, in the view's order (`dimensions`: every dimension id, for a view that names none, as the builder's does).
 * Other views, and a matrix that fits, come back as they are. The first part keeps the speaker's notes.
 */
export function splitCompareSlide(slide: Slide, dimensions: readonly string[]): Slide[] {
  if (slide.kind !== 'compare') return [slide];
  const params = new URLSearchParams(slide.query);
  if ((params.get('view') ?? 'matrix') !== 'matrix') return [slide];
  const named = params.get('dims')?.split(',').filter((d) => dimensions.includes(d));
  const rows = named?.length ? named : [...dimensions];
  if (rows.length <= COMPARE_ROWS) return [slide];
  const of = Math.ceil(rows.length / COMPARE_ROWS);
  const size = Math.ceil(rows.length / of);
  return Array.from({ length: of }, (_, i) => {
    const part = new URLSearchParams(params);
    part.set('dims', rows.slice(i * size, (i + 1) * size).join(','));
    part.delete('sel'); // a selected cell may be on another part's rows
    return { ...slide, query: part.toString().replace(/%2C/g, ','), part: { n: i + 1, of, step: 0 as const }, ...(i > 0 ? { notes: undefined } : {}) };
  });
}

/**
 * Every slide of a deck, with the too-long ones split: a card section or text (`splitSlide`), a comparison matrix of
 * more rows than a slide holds (`splitCompareSlide`; `dimensions` are the explorer's, in order).
 */
export function splitLongSlides(slides: readonly Slide[], card: (id: string) => { title: string; summary: string } | undefined, dimensions: readonly string[] = []): Slide[] {
  return slides.flatMap((s) => splitSlide(s, card)).flatMap((s) => splitCompareSlide(s, dimensions));
}
