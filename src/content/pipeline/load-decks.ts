/**
 * The decks collection: `content/decks/<id>.yaml`, validated against the cards and sources, with slide text
 * compiled to blocks. A broken deck fails the build naming file, field and line, like a broken card.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ID_PATTERN } from '../vocabulary.ts';
import type { ComparisonData } from '../comparison-schema.ts';
import { deckFileSchema, type Block, type Deck, type DeckFile, type Slide } from '../deck-schema.ts';
import { findCardLinks } from './body-text.ts';
import type { ContentProblem } from './errors.ts';
import { rel, splitFrontmatter, suggest, type LoadedContent } from './load-content.ts';
import { splitLongSlides } from '../slide-fit.ts';
import { markdownToBlocks, sectionHeadings, sectionText } from './markdown-blocks.ts';
import { parseYaml, validateYaml, type ParsedYaml } from './yaml-data.ts';

type Context = {
  root: string;
  base: LoadedContent;
  titleOf: (id: string) => string | undefined;
  cardOf: (id: string) => { title: string; summary: string } | undefined;
  bodyOf: (id: string) => Promise<string>;
  /** The comparison explorer's dimension ids, in order: a matrix slide of more than a slide holds is split. */
  dimensions: readonly string[];
};

async function resolveSlides(deck: DeckFile, yaml: ParsedYaml, file: string, ctx: Context, problems: ContentProblem[]) {
  const cardIds = ctx.base.index.cards.map((c) => c.id);
  const sourceIds = ctx.base.sources.map((s) => s.id);
  const slides: Slide[] = [];
  for (const [i, slide] of deck.slides.entries()) {
    const at = (...field: (string | number)[]) => ({
      file,
      line: yaml.lineOf(['slides', i, ...field]),
      field: `slides[${i}]${field.map((f) => (typeof f === 'number' ? `[${f}]` : `.${f}`)).join('')}`,
    });
    if (slide.kind === 'card') {
      if (!ctx.titleOf(slide.card)) {
        problems.push({ ...at('card'), message: `unknown card "${slide.card}".${suggest(slide.card, cardIds)}` });
        continue;
      }
      let blocks: Block[] = [];
      if (slide.section) {
        const body = await ctx.bodyOf(slide.card);
        const text = sectionText(body, slide.section);
        if (text === undefined) {
          const known = sectionHeadings(body);
          problems.push({
            ...at('section'),
            message: `card "${slide.card}" has no "## ${slide.section}" section; its sections: ${known.length ? known.map((h) => `"${h}"`).join(', ') : 'none'}`,
          });
          continue;
        }
        blocks = markdownToBlocks(text, ctx.titleOf);
      }
      slides.push({ kind: 'card', card: slide.card, section: slide.section, blocks, notes: slide.notes });
    } else if (slide.kind === 'text') {
      slide.sources.forEach((s, j) => {
        if (!sourceIds.includes(s)) {
          problems.push({ ...at('sources', j), message: `unknown source id "${s}": add it to content/sources.yaml.${suggest(s, sourceIds)}` });
        }
      });
      const bodyLine = yaml.lineOf(['slides', i, 'body']) ?? 0;
      for (const link of findCardLinks(slide.body ?? '', bodyLine)) {
        if (!ctx.titleOf(link.to)) {
          problems.push({ ...at('body'), line: link.line, message: `link to unknown card "${link.to}".${suggest(link.to, cardIds)}` });
        }
      }
      slides.push({ kind: 'text', title: slide.title, blocks: markdownToBlocks(slide.body ?? '', ctx.titleOf), sources: slide.sources, notes: slide.notes });
    } else {
      slides.push(slide);
    }
  }
  return slides;
}

async function loadDeck(full: string, ctx: Context, problems: ContentProblem[]): Promise<Deck | undefined> {
  const file = rel(ctx.root, full);
  const id = path.basename(full).replace(/\.ya?ml$/, '');
  if (!ID_PATTERN.test(id)) {
    problems.push({ file, message: `the file name "${id}" is the deck's id and URL: use lower-case letters, digits and hyphens` });
    return undefined;
  }
  const parsed = parseYaml(await readFile(full, 'utf8'), file);
  if (!parsed.ok) return void problems.push(...parsed.problems), undefined;
  const valid = validateYaml(deckFileSchema, parsed.parsed, file);
  if (!valid.ok) return void problems.push(...valid.problems), undefined;
  const before = problems.length;
  const slides = await resolveSlides(valid.value, parsed.parsed, file, ctx, problems);
  if (problems.length > before) return undefined;
  const { title, summary, minutes } = valid.value;
  // A section too long for one slide at the floor text size, or a matrix of too many rows, becomes numbered slides.
  return { id, title, summary, minutes, slides: splitLongSlides(slides, ctx.cardOf, ctx.dimensions) };
}

export async function loadDecks(root: string, base: LoadedContent, loaded: Readonly<Record<string, unknown>> = {}): Promise<{ data: Deck[]; problems: ContentProblem[] }> {
  const problems: ContentProblem[] = [];
  const dir = path.join(root, 'decks');
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => /\.ya?ml$/.test(n)).sort();
  } catch {
    return { data: [], problems }; // No decks folder: no decks, which is valid.
  }
  const titles = new Map(base.index.cards.map((c) => [c.id, c.title]));
  const cards = new Map(base.index.cards.map((c) => [c.id, c]));
  const ctx: Context = {
    root,
    base,
    titleOf: (id) => titles.get(id),
    cardOf: (id) => cards.get(id),
    bodyOf: async (id) => splitFrontmatter(await readFile(path.join(root, 'cards', `${id}.mdx`), 'utf8'))?.body ?? '',
    dimensions: (loaded.comparison as ComparisonData | undefined)?.dimensions.map((d) => d.id) ?? [],
  };
  const decks: Deck[] = [];
  for (const name of names) {
    const deck = await loadDeck(path.join(dir, name), ctx, problems);
    if (deck) decks.push(deck);
  }
  return { data: decks, problems };
}
