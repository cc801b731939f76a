/**
 * The search index beyond cards: every section, deck, handout, path, glossary term and page it holds leads to a
 * place that exists (a section to the very id its heading gets on the card page).
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAllContent, type AllContent } from '../../src/content/pipeline/collections';
import type { BodyNode } from '../../src/content/schema';
import type { SearchData, SearchDoc } from '../../src/content/search-data';
import type { Deck } from '../../src/content/deck-schema';
import type { GlossaryEntry, GuidedPath } from '../../src/content/guide-schema';
import { termAnchor } from '../../src/content/glossary';

let content: AllContent;
let docs: SearchDoc[];
beforeAll(async () => {
  const loaded = await loadAllContent(path.resolve('content'));
  content = loaded.content!;
  docs = (content.modules.search as SearchData).docs;
});

/** The ids of the `h2` headings of a compiled body. */
function headingIds(nodes: readonly BodyNode[], out: string[] = []): string[] {
  for (const n of nodes) {
    if (typeof n === 'string') continue;
    const [tag, props, ...children] = n;
    if (tag === 'h2' && typeof props?.id === 'string') out.push(props.id);
    headingIds(children, out);
  }
  return out;
}

describe('the search index', () => {
  it('holds one section per ## heading of every card, each linking to its heading id on the card page', () => {
    const sections = docs.filter((d) => d.kind === 'section');
    const expected = [...content.bodies].flatMap(([id, body]) => headingIds(body).map((h) => `/cards/${id}#${h}`));
    expect(sections.map((d) => d.url).sort()).toEqual(expected.sort());
    const meeting = sections.find((d) => d.url.startsWith('/cards/network-meeting#'))!;
    expect(meeting.parent).toBe('Network meeting');
    expect(meeting.body.length).toBeGreaterThan(40);
  });

  it('holds every deck (its first slide) and its handout, every path and every glossary term with its translations', () => {
    const urls = new Set(docs.map((d) => d.url));
    for (const deck of content.modules.decks as Deck[]) {
      expect(urls).toContain(`/present/${deck.id}/1`);
      expect(urls).toContain(`/decks/${deck.id}/handout`);
    }
    for (const p of content.modules.paths as GuidedPath[]) expect(urls).toContain(`/paths/${p.id}`);
    for (const entry of content.modules.glossary as GlossaryEntry[]) {
      const doc = docs.find((d) => d.url === `/glossary#${termAnchor(entry.term)}`);
      expect(doc?.kind, entry.term).toBe('glossary');
      for (const t of entry.translations) expect(doc!.aliases.join(' | ')).toContain(t.term.split(/[\s(;]/)[0].replace(/^"/, ''));
    }
    for (const page of ['/webinar', '/evidence', '/decks', '/paths', '/glossary']) expect(urls).toContain(page);
  });

  it('gives every doc a unique id', () => {
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
  });
});
