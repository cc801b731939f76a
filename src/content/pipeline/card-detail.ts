/**
 * One card's details (backlinks, neighbours' excerpts, its sources), fetched with the card's body in one file
 * (vite-plugin.ts), so a card page loads its own few kilobytes instead of every card's backlinks and the whole
 * bibliography.
 */
import type { AllContent } from './collections.ts';
import type { LoadedContent } from './load-content.ts';
import type { CardDetail, CardFile, CardMeta, Source } from '../schema.ts';

type Lookup = { cards: Map<string, CardMeta>; relatedFrom: Map<string, string[]>; sources: Map<string, Source> };
// Built once per loaded content: every card's file asks, and a scan of all cards each time grows as n².
const lookups = new WeakMap<LoadedContent, Lookup>();

function lookup(base: LoadedContent): Lookup {
  let found = lookups.get(base);
  if (!found) {
    const relatedFrom = new Map<string, string[]>();
    for (const c of base.index.cards) for (const r of c.related) relatedFrom.set(r.card, [...(relatedFrom.get(r.card) ?? []), c.id]);
    found = { cards: new Map(base.index.cards.map((c) => [c.id, c])), relatedFrom, sources: new Map(base.sources.map((s) => [s.id, s])) };
    lookups.set(base, found);
  }
  return found;
}

export function cardDetail(base: LoadedContent, id: string): CardDetail | undefined {
  const { cards, relatedFrom, sources } = lookup(base);
  const card = cards.get(id);
  if (!card) return undefined;
  const { backlinks, excerpts } = base.index;
  const cardBacklinks = backlinks[id] ?? [];
  // Every card a link on this page can point to: body links, typed relations both ways, backlinks.
  const neighbours = new Set([
    ...card.links,
    ...card.related.map((r) => r.card),
    ...(relatedFrom.get(id) ?? []),
    ...cardBacklinks.map((b) => b.from),
  ]);
  neighbours.delete(id);
  return {
    backlinks: cardBacklinks,
    excerpts: Object.fromEntries([...neighbours].filter((n) => excerpts[n] !== undefined).map((n) => [n, excerpts[n]])),
    sources: card.sources.flatMap((s) => sources.get(s) ?? []),
  };
}

/** What a card page fetches: the card's body and details. */
export function cardFile(content: AllContent, id: string): CardFile | undefined {
  const body = content.bodies.get(id);
  const detail = cardDetail(content.base, id);
  return body && detail ? { body, detail } : undefined;
}
