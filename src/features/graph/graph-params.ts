/**
 * The graph page's state in the URL, so a view can be shared: `kind` (repeatable; the kinds shown, all when
 * absent), `tag`, `q` (search) and `from`/`to` (the ends of a highlighted chain). Unknown values are dropped and
 * reported; only what differs from the default is written.
 */
import type { CardKind } from '../../content/schema';
import { CARD_KINDS } from '../../content/vocabulary';

export type GraphParams = { kinds?: CardKind[]; tag?: string; q: string; from?: string; to?: string };
export const DEFAULT_PARAMS: GraphParams = { q: '' };

const isKind = (v: string): v is CardKind => (CARD_KINDS as readonly string[]).includes(v);

export function parseGraphParams(
  params: URLSearchParams,
  known: { tags: readonly string[]; isCard: (id: string) => boolean },
): { value: GraphParams; ignored: string[] } {
  const ignored: string[] = [];
  const value: GraphParams = { q: params.get('q')?.trim() ?? '' };
  const kinds = params.getAll('kind').filter((k) => k !== '');
  if (kinds.length) {
    const valid = kinds.filter(isKind);
    for (const k of kinds) if (!isKind(k)) ignored.push(`kind “${k}”`);
    if (valid.length) value.kinds = CARD_KINDS.filter((k) => valid.includes(k));
  }
  const tag = params.get('tag');
  if (tag) {
    if (known.tags.includes(tag)) value.tag = tag;
    else ignored.push(`tag “${tag}”`);
  }
  for (const end of ['from', 'to'] as const) {
    const id = params.get(end);
    if (!id) continue;
    if (known.isCard(id)) value[end] = id;
    else ignored.push(`card “${id}”`);
  }
  return { value, ignored };
}

export function writeGraphParams(p: GraphParams): URLSearchParams {
  const out = new URLSearchParams();
  for (const k of p.kinds ?? []) out.append('kind', k);
  if (p.tag) out.set('tag', p.tag);
  if (p.q.trim()) out.set('q', p.q.trim());
  if (p.from) out.set('from', p.from);
  if (p.to) out.set('to', p.to);
  return out;
}
