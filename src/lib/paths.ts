/** One place that builds every internal link, so a route change is one edit. */
export const paths = {
  home: () => '/',
  cards: (filter: { kind?: string; tag?: string } = {}) => {
    const q = new URLSearchParams();
    if (filter.kind) q.set('kind', filter.kind);
    if (filter.tag) q.set('tag', filter.tag);
    const s = q.toString();
    return s ? `/cards?${s}` : '/cards';
  },
  card: (id: string, anchor?: string) => `/cards/${id}${anchor ? `#${anchor}` : ''}`,
  /** The comparison explorer; `query` is its URL state (see features/compare/url-state.ts). */
  compare: (query = '') => (query ? `/compare?${query}` : '/compare'),
} as const;

/** The card id a link points to, when `href` is an internal card link (`/cards/<id>`). */
export function cardIdFromHref(href: string): string | undefined {
  const m = /^\/cards\/([a-z0-9-]+)\/?(?:[#?].*)?$/.exec(href);
  return m?.[1];
}
