/**
 * Everything search finds besides whole cards: the sections of cards (by `##` heading), decks and their
 * handouts, guided paths, glossary terms with their translations, and the site's own pages. Each function turns
 * one collection into search docs; `search-index.ts` lists them in `DOC_SOURCES`.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { paths } from '../../lib/paths.ts';
import { slugify, termAnchor } from '../../lib/slug.ts';
import type { Block, Deck, Inline } from '../deck-schema.ts';
import type { GlossaryEntry, GuidedPath, Webinar } from '../guide-schema.ts';
import type { SearchDoc } from '../search-data.ts';
import { toPlainText } from './body-text.ts';
import { splitFrontmatter, type LoadedContent } from './load-content.ts';

type Loaded = Readonly<Record<string, unknown>>;

/**
 * Each `##` section of each card, linking to its heading. The anchor is the one the card page gives the heading
 * (rehype-slug: GitHub's slugs, a repeated heading numbered "-1", "-2").
 */
export async function sectionDocs(contentRoot: string, base: LoadedContent): Promise<SearchDoc[]> {
  const titles = new Map(base.index.cards.map((c) => [c.id, c.title]));
  const titleOf = (id: string) => titles.get(id);
  const perCard = await Promise.all(
    base.index.cards.map(async (card) => {
      const text = await readFile(path.join(contentRoot, 'cards', `${card.id}.mdx`), 'utf8');
      const body = splitFrontmatter(text)?.body ?? '';
      const seen = new Map<string, number>();
      const docs: SearchDoc[] = [];
      // Split at `##` headings (a `###` stays inside its section); the text before the first is the card's own.
      const parts = body.split(/^(?=##\s)/m).filter((p) => /^##\s/.test(p));
      for (const part of parts) {
        const [line, ...rest] = part.split('\n');
        const heading = toPlainText(line.replace(/^##\s+/, '').replace(/\s*#*\s*$/, ''), titleOf);
        let anchor = slugify(heading);
        const n = seen.get(anchor) ?? 0;
        seen.set(anchor, n + 1);
        if (n > 0) anchor = `${anchor}-${n}`;
        docs.push({
          id: `section:${card.id}#${anchor}`,
          url: paths.card(card.id, anchor),
          kind: 'section',
          title: heading,
          parent: card.title,
          aliases: [],
          tags: [],
          summary: '',
          body: toPlainText(rest.join('\n'), titleOf),
        });
      }
      return docs;
    }),
  );
  return perCard.flat();
}

const inlineText = (list: readonly Inline[]): string => list.map((i) => (i.t === 'text' ? i.v : inlineText(i.c))).join('');
const blockText = (list: readonly Block[]): string =>
  list
    .map((b) => (b.t === 'p' || b.t === 'h' ? inlineText(b.c) : b.t === 'quote' ? blockText(b.c) : b.items.map(blockText).join(' ')))
    .join(' ');

/** Each deck (opening its first slide) and its printable handout: found by their titles and their slides' words. */
export async function deckDocs(_root: string, base: LoadedContent, loaded: Loaded): Promise<SearchDoc[]> {
  const titles = new Map(base.index.cards.map((c) => [c.id, c.title]));
  const decks = (loaded.decks ?? []) as Deck[];
  return decks.flatMap((deck) => {
    const text = deck.slides
      .map((s) => (s.kind === 'card' ? `${titles.get(s.card) ?? ''} ${s.section ?? ''} ${blockText(s.blocks)}` : s.kind === 'text' ? `${s.title} ${blockText(s.blocks)}` : `${s.title} ${s.caption ?? ''}`))
      .join(' ');
    const common = { aliases: [], summary: deck.summary, body: text };
    return [
      { ...common, id: `deck:${deck.id}`, url: paths.present(deck.id, 1), kind: 'deck', title: deck.title, tags: ['slides', 'presentation', 'deck'] },
      { ...common, id: `handout:${deck.id}`, url: paths.handout(deck.id), kind: 'handout', title: `Handout: ${deck.title}`, tags: ['handout', 'print'] },
    ] satisfies SearchDoc[];
  });
}

/** Each guided path: its title, summary and audience, and the cards it walks through. */
export async function pathDocs(_root: string, base: LoadedContent, loaded: Loaded): Promise<SearchDoc[]> {
  const titles = new Map(base.index.cards.map((c) => [c.id, c.title]));
  return ((loaded.paths ?? []) as GuidedPath[]).map((p) => ({
    id: `path:${p.id}`,
    url: paths.guidedPath(p.id),
    kind: 'path',
    title: p.title,
    aliases: [],
    tags: p.audience ? [p.audience] : [],
    summary: p.summary,
    body: p.steps.map((s) => `${titles.get(s.card) ?? ''}. ${s.note ?? ''}`).join(' '),
  }));
}

/** The names in a glossary term or translation: "otevřený dialog / Otevřené dialogy" and "Peer-supported Open Dialogue (POD)" hold two. */
export function glossaryNames(term: string): string[] {
  return term
    .split(/\s+\/\s+|[();]/)
    .map((n) => n.replace(/^[\s"“]+|[\s"”]+$/g, ''))
    .filter((n) => n.length > 1);
}

/** Each glossary term, found by the term and every translation of it. */
export async function glossaryDocs(_root: string, _base: LoadedContent, loaded: Loaded): Promise<SearchDoc[]> {
  return ((loaded.glossary ?? []) as GlossaryEntry[]).map((e) => ({
    id: `glossary:${termAnchor(e.term)}`,
    url: paths.glossary(termAnchor(e.term)),
    kind: 'glossary',
    title: e.term,
    aliases: [...new Set(e.translations.flatMap((t) => glossaryNames(t.term)))],
    tags: [],
    summary: e.definition,
    body: '',
  }));
}

/** The site's own pages that are not cards: the webinar follow-up and the lists readers look for by name. */
export async function pageDocs(_root: string, base: LoadedContent, loaded: Loaded): Promise<SearchDoc[]> {
  const titles = new Map(base.index.cards.map((c) => [c.id, c.title]));
  const page = (id: string, url: string, title: string, summary: string, aliases: string[] = [], body = ''): SearchDoc => ({
    id: `page:${id}`,
    url,
    kind: 'page',
    title,
    aliases,
    tags: [],
    summary,
    body,
  });
  const webinar = loaded.webinar as Webinar | null | undefined;
  return [
    ...(webinar
      ? [page('webinar', paths.webinar(), webinar.title, webinar.about, ['webinar'], webinar.people.map((p) => `${titles.get(p.card) ?? ''}: ${p.introduced}`).join(' '))]
      : []),
    page('evidence', '/evidence', 'Evidence', 'The research on Open Dialogue: the studies and what each one found.', ['research', 'studies']),
    page('decks', paths.decks(), 'Decks', 'Slide decks to present from, each with a printable handout.', ['slides', 'handouts']),
    page('paths', paths.guidedPaths(), 'Guided paths', 'Reading routes through the cards, each for a question or an audience.'),
    page('glossary', paths.glossary(), 'Glossary', 'The terms of Open Dialogue with their translations and sources.', ['translations']),
    page('compare', paths.compare(), 'Compare countries', 'How the United Kingdom, the Czech Republic, the Netherlands and Estonia implement Open Dialogue.', ['comparison']),
  ];
}
