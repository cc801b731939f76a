/**
 * Reads a deck from outside the app (a shared link, an imported file) tolerantly: what is wrong is left out and
 * named, the rest kept, and what is kept is what the build's schema accepts (src/content/deck-schema.ts), so a deck
 * read here presents and exports without surprises.
 */
import type { SlideSource } from '../content/deck-schema';
import { WIKILINK } from '../content/wikilink';
import type { MyDeck } from './my-decks';

/** What the knowledge base holds, to check references against. */
export type Known = { card: (id: string) => boolean; source: (id: string) => boolean };

export type DeckContent = Omit<MyDeck, 'id' | 'updated'>;
export type ReadResult = { deck: DeckContent; dropped: string[] };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const QUERY = /^[^?#\s]*$/;

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Only the fields that are set: the schema is strict, and `notes: undefined` would still be a key in YAML. */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** `[[id]]` links to cards the knowledge base does not have become their plain text, named in `dropped`. */
function keepKnownLinks(body: string, n: number, known: Known, dropped: string[]): string {
  return body.replace(WIKILINK, (whole, id: string, label?: string) => {
    if (known.card(id.trim())) return whole;
    dropped.push(`Slide ${n}: the link to the card "${id.trim()}", which is not in the knowledge base (its text is kept)`);
    return label?.trim() ?? id.trim();
  });
}

/** One slide in the file's form (`{ kind, card, section, notes }`), or why it was left out. */
export function readSlide(raw: unknown, n: number, known: Known): { slide?: SlideSource; dropped: string[] } {
  const dropped: string[] = [];
  if (!isRecord(raw)) return { dropped: [`Slide ${n}: it could not be read`] };
  const notes = text(raw.notes);
  if (raw.kind === 'card') {
    const card = text(raw.card);
    if (!card || !ID.test(card)) return { dropped: [`Slide ${n}: it names no card`] };
    if (!known.card(card)) return { dropped: [`Slide ${n}: the card "${card}", which is not in the knowledge base`] };
    return { slide: compact<SlideSource>({ kind: 'card', card, section: text(raw.section), notes }), dropped };
  }
  if (raw.kind === 'compare') {
    const query = typeof raw.query === 'string' ? raw.query.trim().replace(/^\?/, '') : '';
    if (!QUERY.test(query)) return { dropped: [`Slide ${n}: its comparison view is not a link the explorer can read`] };
    const title = text(raw.title) ?? 'Comparison view';
    return { slide: compact<SlideSource>({ kind: 'compare', title, query, caption: text(raw.caption), notes }), dropped };
  }
  if (raw.kind === 'text') {
    const title = text(raw.title);
    const rawBody = text(raw.body);
    if (!title && !rawBody) return { dropped: [`Slide ${n}: a text slide with neither title nor text`] };
    const sources: string[] = [];
    for (const s of Array.isArray(raw.sources) ? raw.sources : []) {
      if (typeof s === 'string' && known.source(s)) sources.push(s);
      else dropped.push(`Slide ${n}: the source "${String(s)}", which is not in the bibliography`);
    }
    const body = rawBody && keepKnownLinks(rawBody, n, known, dropped);
    return { slide: compact<SlideSource>({ kind: 'text', title: title ?? 'Untitled slide', body, sources, notes }), dropped };
  }
  return { dropped: [`Slide ${n}: "${String(raw.kind)}" is not a kind of slide (card, compare or text)`] };
}

/** A whole deck in the file's form; `fallbackTitle` names it when it has no title of its own. */
export function readDeck(raw: unknown, known: Known, fallbackTitle = 'Imported deck'): ReadResult {
  const dropped: string[] = [];
  const fields = isRecord(raw) ? raw : {};
  if (!isRecord(raw)) dropped.push('The deck\'s title, summary and length could not be read');
  const minutes = typeof fields.minutes === 'number' && Number.isInteger(fields.minutes) && fields.minutes >= 1 && fields.minutes <= 480 ? fields.minutes : undefined;
  if (fields.minutes !== undefined && minutes === undefined) dropped.push(`The length "${String(fields.minutes)}", which is not a number of minutes from 1 to 480`);
  const slides: SlideSource[] = [];
  const list = Array.isArray(fields.slides) ? fields.slides : [];
  list.forEach((s, i) => {
    const read = readSlide(s, i + 1, known);
    dropped.push(...read.dropped);
    if (read.slide) slides.push(read.slide);
  });
  return {
    deck: compact({ title: text(fields.title) ?? fallbackTitle, summary: text(fields.summary) ?? '', minutes, slides }),
    dropped,
  };
}
