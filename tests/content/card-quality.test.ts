/**
 * Editorial bar for every card, beyond what the schema validates: a reader who opens any card gets a summary, a body
 * long enough to explain and short enough to read (150–600 words), at least three links onward, and a source.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toPlainText, WIKILINK } from '../../src/content/pipeline/body-text';
import { loadContent } from '../../src/content/pipeline/load-content';
import type { CardMeta } from '../../src/content/schema';

const CONTENT = path.resolve(import.meta.dirname, '../../content');
const MIN_WORDS = 150;
const MAX_WORDS = 600;
const MIN_LINKS = 3;

type Checked = Pick<CardMeta, 'id' | 'summary' | 'sources' | 'links'> & { words: number; brokenLinks?: number };

/** `[[` that never became a link (e.g. a label wrapped over two lines): readers would see raw brackets. */
function countBrokenLinks(body: string): number {
  return body.split('[[').length - 1 - [...body.matchAll(WIKILINK)].length;
}

/** Words of a body as a reader sees it: links show their label or the linked card's title. */
function countWords(body: string, titleOf: (id: string) => string | undefined): number {
  return toPlainText(body, titleOf).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** What falls short of the bar, one readable line per problem. */
function qualityProblems(card: Checked): string[] {
  const problems: string[] = [];
  if (card.summary.trim() === '') problems.push(`${card.id}: no summary`);
  if (card.sources.length === 0) problems.push(`${card.id}: no source`);
  if (card.links.length < MIN_LINKS) {
    problems.push(`${card.id}: links to ${card.links.length} other card(s) in its body; needs ${MIN_LINKS}`);
  }
  if (card.words < MIN_WORDS || card.words > MAX_WORDS) {
    problems.push(`${card.id}: body has ${card.words} words; keep it between ${MIN_WORDS} and ${MAX_WORDS}`);
  }
  if (card.brokenLinks) problems.push(`${card.id}: ${card.brokenLinks} "[[" that do not form a link (keep a link on one line)`);
  return problems;
}

const body = (text: string) => text.replace(/^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/, '');

describe('the card quality check', () => {
  const good: Checked = { id: 'x', summary: 'A summary of twenty characters.', sources: ['s'], links: ['a', 'b', 'c'], words: 200 };

  it('passes a card that meets the bar', () => {
    expect(qualityProblems(good)).toEqual([]);
  });

  it('names each shortfall', () => {
    expect(qualityProblems({ ...good, sources: [] })).toEqual(['x: no source']);
    expect(qualityProblems({ ...good, summary: ' ' })).toEqual(['x: no summary']);
    expect(qualityProblems({ ...good, links: ['a', 'b'] })[0]).toMatch(/links to 2 other card/);
    expect(qualityProblems({ ...good, words: 149 })[0]).toMatch(/149 words/);
    expect(qualityProblems({ ...good, words: 601 })[0]).toMatch(/601 words/);
    expect(qualityProblems({ ...good, words: 150 })).toEqual([]);
    expect(qualityProblems({ ...good, words: 600 })).toEqual([]);
    expect(qualityProblems({ ...good, brokenLinks: 1 })[0]).toMatch(/do not form a link/);
  });

  it('spots a link label wrapped over two lines', () => {
    expect(countBrokenLinks('See [[care-model|the CARe\nmodel]] and [[open-dialogue]].')).toBe(1);
    expect(countBrokenLinks('See [[care-model|the CARe model]].')).toBe(0);
  });

  it('counts the words a reader sees, not markup', () => {
    const titleOf = (id: string) => (id === 'open-dialogue' ? 'Open Dialogue' : undefined);
    expect(countWords('## A heading\n\nSee [[open-dialogue]] and [[care-model|the CARe model]] — **now**.', titleOf)).toBe(10);
  });
});

describe('every card in content/', () => {
  it('has a summary, a source, three links onward and a body of 150–600 words', async () => {
    const { content, problems } = await loadContent(CONTENT);
    expect(problems).toEqual([]);
    const cards = content!.index.cards;
    const titles = new Map(cards.map((c) => [c.id, c.title]));
    const checked = await Promise.all(
      cards.map(async (c) => {
        const text = await readFile(path.join(CONTENT, 'cards', `${c.id}.mdx`), 'utf8');
        return { ...c, words: countWords(body(text), (id) => titles.get(id)), brokenLinks: countBrokenLinks(body(text)) };
      }),
    );
    expect(checked.flatMap(qualityProblems)).toEqual([]);
  }, 30_000);
});
