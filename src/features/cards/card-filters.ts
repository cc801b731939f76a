import type { CardKind, CardMeta } from '../../content/schema';
import { CARD_KINDS } from '../../content/vocabulary';

export type CardFilter = { kind?: CardKind; tag?: string };
export type ParsedFilter = { filter: CardFilter; ignored: string[] };

const isKind = (v: string): v is CardKind => (CARD_KINDS as readonly string[]).includes(v);

/** Reads the cards list filter from the URL; unknown values are dropped and reported, never fatal. */
export function parseCardFilter(params: URLSearchParams, knownTags: readonly string[]): ParsedFilter {
  const filter: CardFilter = {};
  const ignored: string[] = [];
  const kind = params.get('kind');
  if (kind !== null && kind !== '') {
    if (isKind(kind)) filter.kind = kind;
    else ignored.push(`kind “${kind}”`);
  }
  const tag = params.get('tag');
  if (tag !== null && tag !== '') {
    if (knownTags.includes(tag)) filter.tag = tag;
    else ignored.push(`tag “${tag}”`);
  }
  return { filter, ignored };
}

export function filterCards(cards: readonly CardMeta[], { kind, tag }: CardFilter): CardMeta[] {
  return cards.filter((c) => (!kind || c.kind === kind) && (!tag || c.tags.includes(tag)));
}
