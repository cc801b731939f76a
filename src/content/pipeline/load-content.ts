/**
 * Loads `content/`, validates it and derives the content model (links, backlinks, excerpts).
 * One function serves the build, the dev server and `npm test`, so all three reject the same mistakes.
 */
import { readdir, readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { closest } from '../../lib/closest.ts';
import {
  cardFrontmatterSchema,
  ID_PATTERN,
  sourceSchema,
  sourcesFileSchema,
  type Backlink,
  type CardFrontmatter,
  type CardMeta,
  type BodyNode,
  type ContentIndex,
  type Source,
} from '../schema.ts';
import { clip, findCardLinks, toPlainText, type FoundLink } from './body-text.ts';
import { byteOrderMark, duplicateCards, oversizedBody, splitLinks, unclosedFrontmatter, unexpectedCardFile } from './card-file-checks.ts';
import type { ContentProblem } from './errors.ts';
import { bodyCompiler } from './compile-body.ts';
import { checkCardText } from './reader-text.ts';
import { parseYaml, validateYaml, type ParsedYaml } from './yaml-data.ts';

/** `texts`: each card's body as plain text, by card id, for search (the index carries only an excerpt). */
export type LoadedContent = { index: ContentIndex; sources: Source[]; texts: ReadonlyMap<string, string> };
/** `bodies`: each card's body compiled to data, by card id (never part of a module every page loads). */
export type LoadResult = { content: LoadedContent | undefined; bodies: ReadonlyMap<string, BodyNode[]>; problems: ContentProblem[] };
export type LoadOptions = {
  /**
   * Called once the cards are validated and indexed, before their bodies compile: work that needs only the index
   * (the graph layout, on another thread) starts then and runs meanwhile.
   */
  meanwhile?: (content: LoadedContent) => void;
};

/** Bodies compiled between two turns of the event loop, so work started meanwhile (a worker's reply) is not held up. */
const BODIES_PER_TURN = 25;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

const EXCERPT_CHARS = 280;
const CONTEXT_CHARS = 260;

type ParsedCard = {
  id: string;
  file: string;
  frontmatter: CardFrontmatter;
  yaml: ParsedYaml;
  body: string;
  bodyFirstLine: number;
  links: FoundLink[];
};

/** Path of a content file as authors see it, relative to the project root. */
export const rel = (root: string, file: string) => path.relative(path.dirname(root), file).split(path.sep).join('/');

/** The valid sources, and the ids of all entries, valid or not (so a broken entry is not also reported as unknown). */
async function loadSources(root: string, problems: ContentProblem[]): Promise<{ sources: Source[]; ids: Set<string> }> {
  const full = path.join(root, 'sources.yaml');
  const file = rel(root, full);
  let text: string;
  try {
    text = await readFile(full, 'utf8');
  } catch {
    problems.push({ file, message: 'the bibliography file is missing; create it as a YAML list of sources' });
    return { sources: [], ids: new Set() };
  }
  const parsed = parseYaml(text, file);
  if (!parsed.ok) return void problems.push(...parsed.problems), { sources: [], ids: new Set() };
  if (!Array.isArray(parsed.parsed.data)) {
    const valid = validateYaml(sourcesFileSchema, parsed.parsed, file);
    return void problems.push(...(valid.ok ? [] : valid.problems)), { sources: [], ids: new Set() };
  }
  const entries: unknown[] = parsed.parsed.data;
  const ids = new Set(entries.flatMap((e) => (e && typeof e === 'object' && 'id' in e && typeof e.id === 'string' ? [e.id] : [])));
  // Entry by entry, so one broken source is one problem, not also every card that cites the others.
  const sources: Source[] = [];
  const seen = new Set<string>();
  entries.forEach((data, i) => {
    const entry = { data, lineOf: (at: readonly PropertyKey[]) => parsed.parsed.lineOf([i, ...at]) };
    const valid = validateYaml(sourceSchema, entry, file);
    if (!valid.ok) {
      const id = data && typeof data === 'object' && 'id' in data && typeof data.id === 'string' ? `source "${data.id}": ` : '';
      return void problems.push(...valid.problems.map((p) => ({ ...p, field: p.field ? `[${i}].${p.field}` : `[${i}]`, message: id + p.message })));
    }
    const s = valid.value;
    if (seen.has(s.id)) {
      problems.push({ file, line: parsed.parsed.lineOf([i, 'id']), field: `[${i}].id`, message: `duplicate source id "${s.id}"` });
    }
    seen.add(s.id);
    sources.push(s);
  });
  return { sources, ids };
}

/** Splits `---\nyaml\n---\nbody`; returns undefined when the file has no frontmatter block. */
export function splitFrontmatter(text: string): { yaml: string; body: string; bodyFirstLine: number } | undefined {
  const m = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return undefined;
  return { yaml: m[1], body: text.slice(m[0].length), bodyFirstLine: m[0].split('\n').length };
}

function parseCard(full: string, root: string, problems: ContentProblem[]): ParsedCard | undefined {
  const file = rel(root, full);
  const id = path.basename(full, '.mdx');
  if (!ID_PATTERN.test(id)) {
    problems.push({ file, message: `the file name "${id}" is the card's id and URL: use lower-case letters, digits and hyphens` });
    return undefined;
  }
  // Read synchronously: a card is parsed as soon as it is read, and promise-based reads cost more than they overlap.
  const text = readFileSync(full, 'utf8');
  const bom = byteOrderMark(text, file);
  if (bom) return void problems.push(bom), undefined;
  const split = splitFrontmatter(text);
  const unclosed = unclosedFrontmatter(text, file, split?.yaml);
  if (unclosed) return void problems.push(unclosed), undefined;
  if (!split) {
    problems.push({ file, line: 1, message: 'no frontmatter: a card starts with a "---" line, its YAML fields, and another "---" line' });
    return undefined;
  }
  const tooLarge = oversizedBody(split.body, split.bodyFirstLine, file);
  if (tooLarge) return void problems.push(tooLarge), undefined;
  problems.push(...splitLinks(split.body, split.bodyFirstLine, file));
  const parsed = parseYaml(split.yaml, file, 2);
  if (!parsed.ok) return void problems.push(...parsed.problems), undefined;
  const valid = validateYaml(cardFrontmatterSchema, parsed.parsed, file);
  if (!valid.ok) return void problems.push(...valid.problems), undefined;
  if (valid.value.practice && valid.value.kind !== 'study') {
    const message = `"practice" is for study cards (what a study means for practice); this card is of kind "${valid.value.kind}"`;
    problems.push({ file, line: parsed.parsed.lineOf(['practice']), field: 'practice', message });
    return undefined;
  }
  return {
    id,
    file,
    frontmatter: valid.value,
    yaml: parsed.parsed,
    body: split.body,
    bodyFirstLine: split.bodyFirstLine,
    links: findCardLinks(split.body, split.bodyFirstLine),
  };
}

export function suggest(wanted: string, known: readonly string[]): string {
  const near = closest(wanted, known);
  return near.length ? ` Did you mean ${near.map((n) => `"${n}"`).join(' or ')}?` : '';
}

/**
 * Cross-file checks: every source, related card and body link must exist. `sourceIds` is undefined when the
 * bibliography itself is broken: its problems come first, and the references to it are summed up in one line.
 */
function checkReferences(cards: ParsedCard[], cardIds: string[], sourceIds: Set<string> | undefined, problems: ContentProblem[], sourcesFile: string) {
  // Ids of every card file, valid or not, so one broken card does not also report every link to it.
  const known = new Set(cardIds);
  const sourceList = [...(sourceIds ?? [])];
  if (!sourceIds) {
    const references = cards.reduce((n, c) => n + c.frontmatter.sources.length, 0);
    if (references > 0) {
      problems.push({
        file: sourcesFile,
        message: `and ${references} reference${references === 1 ? '' : 's'} to its sources from ${cards.length} card${cards.length === 1 ? '' : 's'}, checked once the problems above are fixed`,
      });
    }
  }
  for (const c of cards) {
    c.frontmatter.sources.forEach((s, i) => {
      if (sourceIds && !sourceIds.has(s)) {
        problems.push({
          file: c.file,
          line: c.yaml.lineOf(['sources', i]),
          field: `sources[${i}]`,
          message: `unknown source id "${s}": add it to content/sources.yaml.${suggest(s, sourceList)}`,
        });
      }
    });
    c.frontmatter.related.forEach((r, i) => {
      const where = { file: c.file, line: c.yaml.lineOf(['related', i, 'card']), field: `related[${i}].card` };
      if (r.card === c.id) problems.push({ ...where, message: 'a card cannot be related to itself' });
      else if (!known.has(r.card)) {
        problems.push({ ...where, message: `unknown card "${r.card}".${suggest(r.card, cardIds)}` });
      }
    });
    for (const link of c.links) {
      if (!known.has(link.to)) {
        problems.push({
          file: c.file,
          line: link.line,
          field: 'body',
          message: `link to unknown card "${link.to}".${suggest(link.to, cardIds)}`,
        });
      }
    }
  }
}

/** Looks up a card's title by id, among `cards`. */
function titleLookup(cards: ParsedCard[]): (id: string) => string | undefined {
  const titles = new Map(cards.map((c) => [c.id, c.frontmatter.title]));
  return (id) => titles.get(id);
}

function buildIndex(cards: ParsedCard[], texts: ReadonlyMap<string, string>): ContentIndex {
  const titleOf = titleLookup(cards);
  const backlinks: Record<string, Backlink[]> = {};
  for (const c of cards) {
    const seen = new Set<string>();
    for (const link of c.links) {
      // One backlink per linking card and target: the first mention explains the link best.
      if (seen.has(link.to) || link.to === c.id) continue;
      seen.add(link.to);
      const context = clip(toPlainText(link.sentence, titleOf), CONTEXT_CHARS);
      // Where the link's text sits in the context, so the page can mark it.
      const text = toPlainText(link.label ?? titleOf(link.to) ?? link.to, titleOf);
      const at = text ? context.indexOf(text) : -1;
      (backlinks[link.to] ??= []).push({ from: c.id, context, ...(at >= 0 ? { mark: [at, at + text.length] as [number, number] } : {}) });
    }
  }
  for (const list of Object.values(backlinks)) list.sort((a, b) => titleOf(a.from)!.localeCompare(titleOf(b.from)!));
  const metas: CardMeta[] = cards
    .map((c) => ({
      id: c.id,
      ...c.frontmatter,
      links: [...new Set(c.links.map((l) => l.to))].filter((to) => to !== c.id),
    }))
    .sort((a, b) => a.title.localeCompare(b.title));
  const excerpts = Object.fromEntries(cards.map((c) => [c.id, clip(texts.get(c.id)!, EXCERPT_CHARS)]));
  return { cards: metas, backlinks, excerpts };
}

/** The validated cards indexed, with each body's plain text (titles complete its links). */
function indexed(cards: ParsedCard[], sources: Source[]): LoadedContent {
  const titleOf = titleLookup(cards);
  const texts = new Map(cards.map((c) => [c.id, toPlainText(c.body, titleOf)]));
  return { index: buildIndex(cards, texts), sources, texts };
}

/** The card title is the page's h1, so a body starts its headings at level two. */
function checkHeadings(c: ParsedCard): ContentProblem[] {
  return c.body.split('\n').flatMap((text, i) =>
    /^#\s/.test(text)
      ? [{ file: c.file, line: c.bodyFirstLine + i, field: 'body', message: 'use "##" headings in a body; the card title is the page\'s only level-one heading' }]
      : [],
  );
}

/** Compiles every body (reporting MDX syntax errors and what a body may not use), each card's links titled. */
async function compileBodies(cards: ParsedCard[], problems: ContentProblem[]): Promise<Map<string, BodyNode[]>> {
  const compile = bodyCompiler(titleLookup(cards));
  const bodies = new Map<string, BodyNode[]>();
  for (const [i, c] of cards.entries()) {
    if (i % BODIES_PER_TURN === BODIES_PER_TURN - 1) await nextTurn();
    const compiled = await compile(c.body, c.file, c.bodyFirstLine);
    problems.push(...compiled.problems);
    if (compiled.nodes) bodies.set(c.id, compiled.nodes);
  }
  return bodies;
}

/** Loads and validates `root` (the `content/` folder). Content is returned only when there are no problems. */
export async function loadContent(root: string, options: LoadOptions = {}): Promise<LoadResult> {
  const problems: ContentProblem[] = [];
  const { sources, ids: sourceIds } = await loadSources(root, problems);
  // A bibliography that cannot be read at all is reported once, at its own lines; the cards' references to it wait
  // until it is fixed. (A broken entry is one problem: its id still counts, so cards citing it are not reported too.)
  const sourcesValid = sourceIds.size > 0 || problems.length === 0;
  const sourcesFile = rel(root, path.join(root, 'sources.yaml'));
  const cardsDir = path.join(root, 'cards');
  let names: string[] = [];
  const misnamed: string[] = [];
  try {
    const entries = await readdir(cardsDir, { withFileTypes: true });
    for (const e of entries) {
      const odd = e.isFile() ? unexpectedCardFile(e.name, rel(root, path.join(cardsDir, e.name))) : undefined;
      if (!odd) continue;
      problems.push(odd);
      misnamed.push(e.name);
    }
    names = entries.filter((e) => e.isFile() && e.name.endsWith('.mdx')).map((e) => e.name).sort();
  } catch {
    problems.push({ file: rel(root, cardsDir), message: 'the cards folder is missing' });
  }
  const parsed = names.map((n) => parseCard(path.join(cardsDir, n), root, problems));
  const cards = parsed.filter((c): c is ParsedCard => c !== undefined);
  // A card saved under another extension is reported once, as such; links to it are not reported too.
  const allIds = [...names, ...misnamed].map((n) => n.replace(/\.[^.]*$/, ''));
  problems.push(...duplicateCards(cards.map((c) => ({ ...c, title: c.frontmatter.title, titleLine: c.yaml.lineOf(['title']) }))));
  checkReferences(cards, allIds, sourcesValid ? sourceIds : undefined, problems, sourcesFile);
  const titleOf = titleLookup(cards);
  for (const c of cards) {
    problems.push(...checkHeadings(c));
    const { title, summary, aliases } = c.frontmatter;
    problems.push(...checkCardText({ ...c, fields: { title, summary, aliases } }, (f) => c.yaml.lineOf([f]), titleOf));
  }
  const content = problems.length === 0 ? indexed(cards, sources) : undefined;
  if (content) options.meanwhile?.(content);
  const bodies = await compileBodies(cards, problems);
  // Files others depend on first (the bibliography), each file's problems in line order, a summary after them.
  const rank = (p: ContentProblem) => (p.file === sourcesFile ? 0 : 1);
  problems.sort((a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file) || (a.line ?? Infinity) - (b.line ?? Infinity));
  return problems.length > 0 ? { content: undefined, bodies, problems } : { content, bodies, problems };
}
