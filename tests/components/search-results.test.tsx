/**
 * Opening a search result lands on the right place: a section result on its card at its heading with the matched
 * words marked, and a deck, path or glossary result on its own page.
 */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadSearcher } from '../../src/features/search/load-search';
import { resultUrl } from '../../src/features/search/snippet';
import { kindLabel } from '../../src/features/search/SearchHitView';
import { renderRoute } from './render-route';

const slow = { timeout: 10_000 };

async function first(query: string, kind: string) {
  const hit = (await loadSearcher()).search(query, 12).find((h) => h.doc.kind === kind);
  if (!hit) throw new Error(`no ${kind} result for "${query}"`);
  return hit;
}

describe('opening a search result', () => {
  it('a section opens its card at the heading, with the matched words marked in the body', async () => {
    const hit = await first('what peers do', 'section');
    expect(kindLabel(hit.doc)).toMatch(/^Section of /);
    const url = resultUrl(hit);
    expect(url).toMatch(/^\/cards\/[a-z-]+\?highlight=[^#]*peers[^#]*#what-peers-do$/);
    const { container } = renderRoute(url);
    expect(await screen.findByRole('heading', { level: 2, name: 'What peers do' }, slow)).toHaveAttribute('id', 'what-peers-do');
    const marks = [...container.querySelectorAll('.card-body mark')].map((m) => m.textContent?.toLowerCase());
    expect(marks).toContain('peers');
    // Only the body is marked: the title stays as it is.
    expect(container.querySelector('h1 mark')).toBeNull();
  });

  it('a card opened without ?highlight= has no marks', async () => {
    const { container } = renderRoute('/cards/network-meeting');
    await screen.findByRole('heading', { level: 1, name: 'Network meeting' }, slow);
    expect(container.querySelector('.card-body mark')).toBeNull();
  });

  it('a deck, a path and a glossary term open their own pages, each labelled for what it is', async () => {
    const deck = await first('seven principles', 'deck');
    expect(kindLabel(deck.doc)).toBe('Deck');
    expect(resultUrl(deck)).toBe('/present/seven-principles/1');
    const path = await first('open dialogue in 20 minutes', 'path');
    expect(kindLabel(path.doc)).toBe('Guided path');
    renderRoute(resultUrl(path));
    expect(await screen.findByRole('heading', { level: 1, name: path.doc.title }, slow)).toBeInTheDocument();
  });

  it('a glossary term found by its translation opens the glossary at that term', async () => {
    const term = await first('síťové setkání', 'glossary');
    expect(kindLabel(term.doc)).toBe('Glossary term');
    expect(resultUrl(term)).toBe('/glossary#network-meeting');
    const { container } = renderRoute(resultUrl(term));
    expect(await screen.findByRole('region', { name: 'Network meeting' }, slow)).toBeInTheDocument();
    expect(container.querySelector('#network-meeting')).not.toBeNull();
  });
});
