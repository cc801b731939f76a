/** Read access to the validated cards, for every view. */
import index from 'virtual:content/index';
import type { CardMeta, Relation } from './schema';

export const allCards: readonly CardMeta[] = index.cards;
const byId = new Map(allCards.map((c) => [c.id, c]));

export function getCard(id: string): CardMeta | undefined {
  return byId.get(id);
}

/** Every tag in use, alphabetically. */
export const allTags: readonly string[] = [...new Set(allCards.flatMap((c) => c.tags))].sort();

export type RelatedEntry = { card: CardMeta; relation: Relation; direction: 'out' | 'in' };

let incoming: Map<string, { from: string; relation: Relation }[]> | undefined;

/** Typed relations of a card in both directions: what it names, and what names it. */
export function relationsOf(id: string): RelatedEntry[] {
  if (!incoming) {
    incoming = new Map();
    for (const c of allCards) for (const r of c.related) {
      const list = incoming.get(r.card) ?? [];
      list.push({ from: c.id, relation: r.relation });
      incoming.set(r.card, list);
    }
  }
  const card = getCard(id);
  if (!card) return [];
  const out = card.related.map((r) => ({ card: getCard(r.card)!, relation: r.relation, direction: 'out' as const }));
  const inn = (incoming.get(id) ?? []).map((r) => ({ card: getCard(r.from)!, relation: r.relation, direction: 'in' as const }));
  return [...out, ...inn];
}

/** Headings for each relation, read from the card being shown ("Extends" / "Extended by"). */
export const RELATION_LABELS: Record<Relation, { out: string; in: string }> = {
  'part-of': { out: 'Part of', in: 'Parts' },
  extends: { out: 'Extends', in: 'Extended by' },
  'contrasts-with': { out: 'Contrasts with', in: 'Contrasted with' },
  'implemented-in': { out: 'Implemented in', in: 'Practised here' },
  'influenced-by': { out: 'Influenced by', in: 'Influenced' },
  'evidence-for': { out: 'Evidence for', in: 'Evidence' },
  'works-at': { out: 'Works at', in: 'People' },
  'related-to': { out: 'Related', in: 'Related' },
};
