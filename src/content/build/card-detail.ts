/**
 * One card's details (backlinks, neighbours' excerpts, its sources), served as `virtual:content/card-detail/<id>`
 * so a card page loads its own few kilobytes instead of every card's backlinks and the whole bibliography.
 */
import type { LoadedContent } from './load-content.ts';
import type { CardDetail } from '../schema.ts';

export function cardDetail(base: LoadedContent, id: string): CardDetail | undefined {
  const { cards, backlinks, excerpts } = base.index;
  const card = cards.find((c) => c.id === id);
  if (!card) return undefined;
  const cardBacklinks = backlinks[id] ?? [];
  // Every card a link on this page can point to: body links, typed relations both ways, backlinks.
  const neighbours = new Set([
    ...card.links,
    ...card.related.map((r) => r.card),
    ...cards.filter((c) => c.related.some((r) => r.card === id)).map((c) => c.id),
    ...cardBacklinks.map((b) => b.from),
  ]);
  neighbours.delete(id);
  const bySource = new Map(base.sources.map((s) => [s.id, s]));
  return {
    backlinks: cardBacklinks,
    excerpts: Object.fromEntries([...neighbours].filter((n) => excerpts[n] !== undefined).map((n) => [n, excerpts[n]])),
    sources: card.sources.flatMap((s) => bySource.get(s) ?? []),
  };
}
