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
  search: (query = '') => (query.trim() ? `/search?${new URLSearchParams({ q: query })}` : '/search'),
  decks: () => '/decks',
  handout: (deck: string) => `/decks/${deck}/handout`,
  /** A trainer's own decks, kept in their browser (features/present/builder). */
  myDecks: () => '/decks/mine',
  newDeck: () => '/decks/new',
  myDeck: (id: string) => `/decks/mine/${id}`,
  /** A deck carried whole in the link's fragment (lib/deck-share.ts), which no server sees. */
  sharedDeck: (fragment: string) => `/decks/shared#${fragment}`,
  /** Slides count from 1 in the URL; the speaker view is the same URL with `?view=speaker`. */
  present: (deck: string, slide = 1, view?: 'speaker') => `/present/${deck}/${slide}${view ? `?view=${view}` : ''}`,
  /** A card read as a step of a guided path: the card page shows the path's previous and next steps. */
  cardInPath: (id: string, pathId: string) => `/cards/${id}?path=${encodeURIComponent(pathId)}`,
  guidedPaths: () => '/paths',
  guidedPath: (id: string) => `/paths/${id}`,
  webinar: () => '/webinar',
  glossary: (anchor?: string) => `/glossary${anchor ? `#${anchor}` : ''}`,
  graph: (query = '') => `/graph${query ? `?${query}` : ''}`,
  /** The comparison explorer; `query` is its URL state (see features/compare/url-state.ts). */
  compare: (query = '') => (query ? `/compare?${query}` : '/compare'),
} as const;

/** The card id a link points to, when `href` is an internal card link (`/cards/<id>`). */
export function cardIdFromHref(href: string): string | undefined {
  const m = /^\/cards\/([a-z0-9-]+)\/?(?:[#?].*)?$/.exec(href);
  return m?.[1];
}
