/**
 * A trainer's deck as a `content/decks/<id>.yaml` file, and back: the export is what the build's deck loader
 * accepts as it is (a test runs it through src/content/pipeline/load-decks.ts), so a good deck can be contributed;
 * an import reads such a file, shipped or hand-written, tolerantly (deck-input.ts). Loaded only when a trainer
 * exports or imports: the YAML library stays out of every page's first load.
 */
import { Document, parse } from 'yaml';
import type { DeckFile, SlideSource } from '../content/deck-schema';
import { ID_PATTERN } from '../content/vocabulary';
import { readDeck, type Known, type ReadResult } from './deck-input';
import type { MyDeck } from './my-decks';

/** The file's id (its name, and its URL once shipped): the title in lower-case ASCII letters, digits and hyphens. */
export function fileIdFor(title: string): string {
  const id = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return ID_PATTERN.test(id) ? id : 'my-deck';
}

/** The build asks a summary of 20 to 320 characters: a deck without one gets a plain sentence saying what it is. */
export function exportSummary(deck: Pick<MyDeck, 'summary' | 'slides'>): string {
  const own = deck.summary.trim().replace(/\s+/g, ' ');
  if (own.length >= 20) return own.length > 320 ? `${own.slice(0, 319).trimEnd()}…` : own;
  const made = `A deck of ${deck.slides.length} slide${deck.slides.length === 1 ? '' : 's'} made in the deck builder.`;
  return own ? `${own}: ${made}` : made;
}

/** A slide as the schema takes it: text trimmed, empty fields left out, a title where one was cleared. */
function exportSlide(s: SlideSource): SlideSource {
  const t = (v: string | undefined) => v?.trim() || undefined;
  const notes = t(s.notes);
  if (s.kind === 'card') return { kind: 'card', card: s.card, ...(t(s.section) ? { section: t(s.section) } : {}), ...(notes ? { notes } : {}) };
  if (s.kind === 'compare') {
    const caption = t(s.caption);
    return { kind: 'compare', title: t(s.title) ?? 'Comparison view', query: s.query.trim(), ...(caption ? { caption } : {}), ...(notes ? { notes } : {}) };
  }
  const body = t(s.body);
  return { kind: 'text', title: t(s.title) ?? 'Untitled slide', ...(body ? { body } : {}), sources: s.sources ?? [], ...(notes ? { notes } : {}) };
}

/** The deck as the build's file form, fields in the order authors write them. */
export function deckFile(deck: MyDeck): DeckFile {
  return {
    title: deck.title.trim() || 'Untitled deck',
    summary: exportSummary(deck),
    ...(deck.minutes ? { minutes: deck.minutes } : {}),
    slides: deck.slides.map(exportSlide),
  };
}

/** The file's text; throws when the deck has no slide (the build refuses an empty deck). */
export function deckToYaml(deck: MyDeck): string {
  if (deck.slides.length === 0) throw new Error('A deck needs at least one slide to be exported.');
  const doc = new Document(deckFile(deck));
  doc.commentBefore = ` Made in the deck builder of the Open Dialogue knowledge base.\n To contribute it, save it as content/decks/${fileIdFor(deck.title)}.yaml (see src/features/present/builder/README.md).`;
  return doc.toString({ lineWidth: 0, blockQuote: 'literal' });
}

export type ImportResult = ReadResult | { error: string };

/** A deck file's text, read tolerantly; a file that is not YAML at all gives `error` and changes nothing. */
export function deckFromYaml(textValue: string, known: Known, fileName = ''): ImportResult {
  let raw: unknown;
  try {
    raw = parse(textValue, { uniqueKeys: false });
  } catch (e) {
    return { error: `The file is not a deck file: ${(e as Error).message.split('\n')[0]}` };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { error: 'The file is not a deck file: it holds no title and slides.' };
  const fallback = fileName.replace(/\.ya?ml$/i, '').replace(/-/g, ' ').trim() || 'Imported deck';
  return readDeck(raw, known, fallback);
}
